# Writes OUTPUT: a C++ source holding schema/planc-ir.xsd, so that `planc ir --schema`
# prints the schema the XML IR validates against. Run with -DSCHEMA=file -DOUTPUT=file.
file(READ "${SCHEMA}" text)
string(FIND "${text}" ")planc_xsd\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${SCHEMA} contains the raw-string delimiter )planc_xsd\"")
endif()
set(body "// Generated from schema/planc-ir.xsd at build time; not committed.\n#include \"compiler/emit/ir_xml.h\"\n\nnamespace planc::emit {\n\nstd::string_view ir_xml_schema() {\n  static constexpr std::string_view schema = R\"planc_xsd(${text})planc_xsd\";\n  return schema;\n}\n\n}  // namespace planc::emit\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

# Writes OUTPUT: a C++ source holding every docs/rules/*.md, so that `planc rules` and
# SARIF output carry each rule's documentation. Run with -DDOCS=dir -DOUTPUT=file.
file(GLOB docs "${DOCS}/*.md")
list(SORT docs)
set(body "// Generated from docs/rules/*.md at build time; not committed.\n#include \"checkers/rule_docs.h\"\n\nnamespace planc::checkers {\n\nconst std::map<std::string, std::string>& rule_docs() {\n  static const std::map<std::string, std::string> docs = {\n")
foreach(doc ${docs})
  get_filename_component(id "${doc}" NAME_WE)
  file(READ "${doc}" text)
  string(APPEND body "      {\"${id}\", R\"planc_doc(${text})planc_doc\"},\n")
endforeach()
string(APPEND body "  };\n  return docs;\n}\n\n}  // namespace planc::checkers\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

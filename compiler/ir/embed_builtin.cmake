# Writes OUTPUT: a C++ source holding compiler/ir/builtin/indicators.plan, planc's national
# indicator vocabulary for plans that no 指标 file covers. Run with -DINPUT=file -DOUTPUT=file.
file(READ "${INPUT}" text)
string(FIND "${text}" ")planc_builtin\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )planc_builtin\"")
endif()
set(body "// Generated from compiler/ir/builtin/indicators.plan at build time; not committed.\n#include \"compiler/ir/registry.h\"\n\nnamespace planc::ir {\n\nstd::string_view builtin_indicators_text() {\n  static constexpr std::string_view text = R\"planc_builtin(${text})planc_builtin\";\n  return text;\n}\n\n}  // namespace planc::ir\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)

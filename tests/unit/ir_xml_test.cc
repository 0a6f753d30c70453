// XML IR tests: `planc ir --format xml` of every file under plans/ validates against
// schema/planc-ir.xsd, a broken document does not, and the values are the IR's.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <filesystem>
#include <sstream>

#include "compiler/corpus/corpus.h"
#include "compiler/emit/ir_xml.h"
#include "compiler/emit/xml_writer.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

// Collects libxml2's messages (the printf-style callback is the same in every version).
void collect(void* context, const char* format, ...) {
  char buffer[1024];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  *static_cast<std::string*>(context) += buffer;
}

// A parsed document, freed on scope exit.
struct Doc {
  explicit Doc(const std::string& xml)
      : doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "ir.xml", "UTF-8", XML_PARSE_NONET)) {}
  ~Doc() { xmlFreeDoc(doc); }
  xmlDocPtr doc;
};

class IrXml : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(testing::source_path("schema/planc-ir.xsd").c_str());
    schema_ = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
  }
  static void TearDownTestSuite() { xmlSchemaFree(schema_); }

  void SetUp() override { ASSERT_NE(schema_, nullptr) << "schema/planc-ir.xsd does not compile"; }

  // Whether xml is well-formed and valid against the schema; errors gets libxml2's words.
  static bool valid(const std::string& xml, std::string& errors) {
    Doc parsed(xml);
    if (parsed.doc == nullptr) {
      errors = "not well-formed";
      return false;
    }
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema_);
    xmlSchemaSetValidErrors(context, collect, collect, &errors);
    int status = xmlSchemaValidateDoc(context, parsed.doc);
    xmlSchemaFreeValidCtxt(context);
    return status == 0;
  }

  // What `planc ir --format xml PATH` prints, and how many plans it holds.
  static std::string ir_of(const std::string& relative, size_t* plans = nullptr) {
    corpus::Corpus corpus;
    DiagnosticSink sink;
    EXPECT_TRUE(corpus::load({testing::source_path(relative)}, corpus, sink)) << relative;
    for (const Diagnostic& d : sink.diagnostics()) {
      if (d.severity == Severity::Error) ADD_FAILURE() << relative << ": " << d.message;
    }
    std::vector<const ir::Plan*> requested = corpus.requested_plans();
    if (plans != nullptr) *plans = requested.size();
    std::ostringstream out;
    emit::write_ir_xml(requested, out);
    return out.str();
  }

  // The value of an XPath expression over xml, elements in the ir: namespace.
  static std::string xpath(const std::string& xml, const std::string& expression) {
    Doc parsed(xml);
    if (parsed.doc == nullptr) return "<not well-formed>";
    xmlXPathContextPtr context = xmlXPathNewContext(parsed.doc);
    std::string ns(emit::kIrXmlNamespace);
    xmlXPathRegisterNs(context, BAD_CAST "ir", BAD_CAST ns.c_str());
    xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST expression.c_str(), context);
    std::string value = "<error>";
    if (result != nullptr) {
      xmlChar* text = xmlXPathCastToString(result);
      value = reinterpret_cast<const char*>(text);
      xmlFree(text);
      xmlXPathFreeObject(result);
    }
    xmlXPathFreeContext(context);
    return value;
  }

  static xmlSchemaPtr schema_;
};

xmlSchemaPtr IrXml::schema_ = nullptr;

std::vector<std::string> plan_files() {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  fs::path root = testing::source_path("plans");
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".plan") {
      files.push_back("plans/" + fs::relative(entry.path(), root).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_F(IrXml, EveryPlanFileValidates) {
  std::vector<std::string> files = plan_files();
  ASSERT_GE(files.size(), 9u);
  size_t total = 0;
  for (const std::string& file : files) {
    SCOPED_TRACE(file);
    size_t plans = 0;
    std::string xml = ir_of(file, &plans);
    std::string errors;
    EXPECT_TRUE(valid(xml, errors)) << errors;
    // As with JSON: one plan is the root; registry files give an empty corpus.
    if (plans == 1) {
      EXPECT_EQ(xpath(xml, "count(/ir:plan)"), "1");
    } else {
      EXPECT_EQ(xpath(xml, "count(/ir:corpus/ir:plan)"), std::to_string(plans));
    }
    total += plans;
  }
  EXPECT_EQ(total, 4u);
}

TEST_F(IrXml, CorpusValidates) {
  std::string xml = ir_of("plans");
  std::string errors;
  EXPECT_TRUE(valid(xml, errors)) << errors;
  EXPECT_EQ(xpath(xml, "count(/ir:corpus/ir:plan)"), "4");
}

// The first attribute `name` in xml given another value.
std::string with_attribute(std::string xml, const std::string& name, const std::string& value) {
  size_t at = xml.find(" " + name + "=\"");
  EXPECT_NE(at, std::string::npos) << name;
  if (at == std::string::npos) return xml;
  size_t begin = at + name.size() + 3;
  xml.replace(begin, xml.find('"', begin) - begin, value);
  return xml;
}

TEST_F(IrXml, BrokenDocumentsFailValidation) {
  std::string xml = ir_of("plans");
  std::string errors;
  ASSERT_TRUE(valid(xml, errors)) << errors;
  errors.clear();
  EXPECT_FALSE(valid(with_attribute(xml, "issued", "2023-13-45"), errors));
  EXPECT_NE(errors.find("issued"), std::string::npos) << errors;
  EXPECT_NE(errors.find("2023-13-45"), std::string::npos) << errors;
  EXPECT_FALSE(valid(with_attribute(xml, "role", "grade"), errors));
  EXPECT_FALSE(valid(with_attribute(xml, "category", "综合"), errors));  // the plan category
  EXPECT_FALSE(valid(with_attribute(xml, "inclusion", "maybe"), errors));
  EXPECT_FALSE(valid(with_attribute(xml, "line", "0"), errors));
  EXPECT_FALSE(valid(with_attribute(xml, "value", "1e3"), errors));  // xs:decimal has no exponent
  std::string trigger = xml;
  trigger.replace(trigger.find("category=\"law\""), 14, "category=\"laws\"");
  EXPECT_FALSE(valid(trigger, errors));
  std::string unknown = xml;
  unknown.replace(unknown.find("<groups>"), 8, "<groups><unknown/>");
  EXPECT_FALSE(valid(unknown, errors));
  EXPECT_FALSE(valid("<plan xmlns=\"urn:planc:ir:2\" file=\"x\"/>", errors));
}

TEST_F(IrXml, ValuesOfTheGeneralPlan) {
  std::string xml = ir_of("plans/jiyang/general.plan");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:meta/@doc_number)"), "济阳政发〔2023〕1号");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:meta/@category)"), "总体");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:meta/@issued)"), "2023-01-31");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:notice/@doc_number)"), "济阳政发〔2023〕1号");
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:groups/ir:group)"), "11");
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:revision_triggers/ir:trigger)"), "7");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:schemes/ir:scheme[1]/ir:grades/ir:grade[@rank='0']/@name)"), "特别重大");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:warning/ir:levels/ir:level[1]/@colour)"), "红色");
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:response/ir:levels/ir:level)"), "3");
  // Filing within 20 working days.
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:management/ir:clause[@kind='备案']/ir:duration/@value)"), "20");
  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:management/ir:clause[@kind='备案']/ir:duration/@unit)"), "工作日");
}

TEST_F(IrXml, ValuesOfTheSeismicCommand) {
  std::string xml = ir_of("plans/jiyang/seismic.plan");
  corpus::Corpus corpus;
  DiagnosticSink sink;
  ASSERT_TRUE(corpus::load({testing::source_path("plans/jiyang/seismic.plan")}, corpus, sink));
  ASSERT_EQ(corpus.requested_plans().size(), 1u);
  const ir::Plan& plan = *corpus.requested_plans().front();
  ASSERT_FALSE(plan.commands.empty());
  EXPECT_GT(plan.commands[0].members.size(), 10u);

  EXPECT_EQ(xpath(xml, "string(/ir:plan/ir:commands/ir:command[1]/@name)"), "区抗震救灾指挥部");
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:commands/ir:command[1]/ir:members/ir:org)"),
            std::to_string(plan.commands[0].members.size()));
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:commands/ir:command[1]/ir:members/ir:org[@org])"),
            std::to_string(std::count_if(plan.commands[0].members.begin(), plan.commands[0].members.end(),
                                         [](const ir::OrgRef& r) { return r.resolved(); })));
  EXPECT_EQ(xpath(xml, "count(/ir:plan/ir:mentions/ir:org)"), std::to_string(plan.mentions.size()));
  // Every node that has an origin says where it is.
  EXPECT_EQ(xpath(xml, "count(//ir:command[not(@line)] | //ir:group[not(@line)] | //ir:duty[not(@line)])"), "0");
}

TEST_F(IrXml, GradingCriteriaAsIntervals) {
  std::string xml = ir_of("plans/jiyang/seismic.plan");
  std::string errors;
  ASSERT_TRUE(valid(xml, errors)) << errors;
  // 死亡（含失踪）人员10人（含）以上，50人以下 in the definition of 较大.
  std::string larger = "/ir:plan/ir:definitions/ir:definition[@grade='较大' and @role='grading' and @source='body']";
  EXPECT_EQ(xpath(xml, "string(" + larger + "//ir:criterion[@indicator='死亡人数']/ir:min/@value)"), "10");
  EXPECT_EQ(xpath(xml, "string(" + larger + "//ir:criterion[@indicator='死亡人数']/ir:min/@inclusion)"), "inclusive");
  EXPECT_EQ(xpath(xml, "string(" + larger + "//ir:criterion[@indicator='死亡人数']/ir:max/@value)"), "50");
}

TEST_F(IrXml, OddInputStillValidates) {
  // An unknown category (a syntax error) and a control character in the text.
  testing::TextCorpus loaded;
  testing::load_texts(loaded, {{"odd.plan",
                                "---\n预案：某区防汛\x01应急预案\n类别：综合\n印发：某区人民政府 2024-05-21\n---\n\n"
                                "# 某区防汛应急预案\n\n## 1 总则\n\n本预案适用于防汛工作。\n"}});
  std::vector<const ir::Plan*> plans = loaded.corpus.requested_plans();
  ASSERT_EQ(plans.size(), 1u);
  std::ostringstream out;
  emit::write_ir_xml(plans, out);
  std::string errors;
  EXPECT_TRUE(valid(out.str(), errors)) << errors << out.str();
  EXPECT_NE(out.str().find("title=\"某区防汛\xEF\xBF\xBD应急预案\""), std::string::npos);  // U+0001 written as U+FFFD
  EXPECT_EQ(xpath(out.str(), "count(/ir:plan/ir:meta/@category)"), "0");
  EXPECT_EQ(xpath(out.str(), "string(/ir:plan/ir:meta/ir:fields/ir:field[@key='类别'])"), "综合");
}

TEST_F(IrXml, EmbeddedSchemaIsTheShippedFile) {
  EXPECT_EQ(std::string(emit::ir_xml_schema()), testing::read_source("schema/planc-ir.xsd"));
}

TEST(XmlWriter, DecimalsAndCleanText) {
  EXPECT_EQ(emit::XmlWriter::decimal(20), "20");
  EXPECT_EQ(emit::XmlWriter::decimal(0.5), "0.5");
  EXPECT_EQ(emit::XmlWriter::decimal(1e8), "100000000");
  EXPECT_EQ(emit::XmlWriter::decimal(-6), "-6");
  EXPECT_EQ(emit::XmlWriter::decimal(1e20), "100000000000000000000");
  EXPECT_EQ(emit::XmlWriter::clean(std::string("a\x01") + "b"), "a\xEF\xBF\xBD" + std::string("b"));
  EXPECT_EQ(emit::XmlWriter::clean("\xE5\x9C\xB0\t\n"), "\xE5\x9C\xB0\t\n");
  EXPECT_EQ(emit::XmlWriter::clean("\xFF"), "\xEF\xBF\xBD");
}

}  // namespace
}  // namespace planc

// The DOCX writer: package parts, GB/T 9704 page setup, fonts, footers, links, tables,
// atomic writes, and the official text of the Jiyang plans.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>

#include "compiler/corpus/corpus.h"
#include "compiler/emit/docx.h"
#include "compiler/emit/plan_docx.h"
#include "compiler/emit/render_text.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

namespace fs = std::filesystem;
using namespace emit;

const char* kParts[] = {
    "[Content_Types].xml", "_rels/.rels",       "word/document.xml",  "word/_rels/document.xml.rels",
    "word/styles.xml",     "word/settings.xml", "word/fontTable.xml", "word/footer1.xml",
    "word/footer2.xml",    "docProps/core.xml", "docProps/app.xml"};

// Every entry of a zip file, read with libzip.
std::map<std::string, std::string> unzip(const std::string& path) {
  std::map<std::string, std::string> entries;
  int code = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (archive == nullptr) {
    ADD_FAILURE() << "libzip cannot open " << path << " (error " << code << ")";
    return entries;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string data(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    EXPECT_NE(file, nullptr) << stat.name;
    if (file == nullptr) continue;
    EXPECT_EQ(zip_fread(file, data.data(), stat.size), static_cast<zip_int64_t>(stat.size)) << stat.name;
    zip_fclose(file);
    entries[stat.name] = data;
  }
  zip_close(archive);
  return entries;
}

// One parsed part, queried with XPath (prefixes w, r, rel, ct).
class Xml {
 public:
  explicit Xml(const std::string& text) {
    doc_.reset(xmlReadMemory(text.data(), static_cast<int>(text.size()), "part.xml", nullptr, XML_PARSE_NONET));
    if (doc_ == nullptr) return;
    context_.reset(xmlXPathNewContext(doc_.get()));
    auto ns = [&](const char* prefix, const char* uri) {
      xmlXPathRegisterNs(context_.get(), reinterpret_cast<const xmlChar*>(prefix),
                         reinterpret_cast<const xmlChar*>(uri));
    };
    ns("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
    ns("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    ns("rel", "http://schemas.openxmlformats.org/package/2006/relationships");
    ns("ct", "http://schemas.openxmlformats.org/package/2006/content-types");
  }
  bool ok() const { return doc_ != nullptr; }

  /// The string value of each node the expression selects.
  std::vector<std::string> all(const std::string& expression) const {
    std::vector<std::string> values;
    if (!ok()) return values;
    xmlXPathObjectPtr result =
        xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expression.c_str()), context_.get());
    if (result == nullptr) {
      ADD_FAILURE() << "bad XPath " << expression;
      return values;
    }
    if (result->nodesetval != nullptr) {
      for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        xmlChar* content = xmlNodeGetContent(result->nodesetval->nodeTab[i]);
        values.emplace_back(content != nullptr ? reinterpret_cast<const char*>(content) : "");
        xmlFree(content);
      }
    }
    xmlXPathFreeObject(result);
    return values;
  }
  /// The value of the first node selected, or "(none)".
  std::string one(const std::string& expression) const {
    std::vector<std::string> values = all(expression);
    return values.empty() ? "(none)" : values.front();
  }
  size_t count(const std::string& expression) const { return all(expression).size(); }

 private:
  struct FreeDoc {
    void operator()(xmlDocPtr d) const { xmlFreeDoc(d); }
  };
  struct FreeContext {
    void operator()(xmlXPathContextPtr c) const { xmlXPathFreeContext(c); }
  };
  std::unique_ptr<xmlDoc, FreeDoc> doc_;
  std::unique_ptr<xmlXPathContext, FreeContext> context_;
};

int twips(double mm) { return static_cast<int>(std::lround(mm * 1440 / 25.4)); }

std::string output_dir() {
  fs::path dir = fs::path(PLANC_BINARY_DIR) / "tests" / "docx";
  fs::create_directories(dir);
  return dir.string();
}

// A small document with one of everything.
docx::Document small_model() {
  docx::Document d;
  d.title = "测试文件";
  d.creator = "planc";
  d.date = "2023-01-31";
  d.blocks.push_back(docx::paragraph(docx::Kind::Title, "关于测试的通知"));
  d.blocks.push_back(docx::paragraph(docx::Kind::Subtitle, "测试〔2023〕1号"));
  d.blocks.push_back(docx::paragraph(docx::Kind::Heading1, "一、总则"));
  d.blocks.push_back(docx::paragraph(docx::Kind::Heading2, "（一）目的"));
  d.blocks.push_back(docx::paragraph(docx::Kind::Heading3, "1.范围"));
  d.blocks.push_back(docx::paragraph(docx::Kind::Body, "正文第一段，书签所在。", "target"));
  docx::Paragraph linked = docx::paragraph(docx::Kind::Body, "见");
  linked.runs.push_back({"上文", false, "#target"});
  linked.runs.push_back({"与总体预案", true, "general.docx#L12"});
  d.blocks.push_back(linked);
  d.blocks.push_back(docx::paragraph(docx::Kind::Body, "责任人：＿＿＿＿  联系电话：＿＿＿＿"));
  d.blocks.push_back(docx::paragraph(docx::Kind::PageBreak, ""));
  d.blocks.push_back(docx::paragraph(docx::Kind::Label, "附件1"));
  docx::Table t;
  t.rows.push_back({{docx::cell("等级", 2), docx::cell("标准", 1, 2), docx::cell("响应", 2)}, true});
  t.rows.push_back({{docx::cell("死亡"), docx::cell("安置")}, true});
  t.rows.push_back(
      {{docx::cell("较大"), docx::cell("10人以上"), docx::cell("5千人以下"), docx::cell("Ⅱ级", 2)}, false});
  t.rows.push_back({{docx::cell("一般"), docx::cell("3人以上"), docx::cell("")}, false});
  d.blocks.push_back(t);
  d.blocks.push_back(docx::paragraph(docx::Kind::Signature, "2023 年 1 月 31 日"));
  return d;
}

class SmallDocx : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = output_dir() + "/small.docx";
    std::string error;
    ASSERT_TRUE(docx::write(small_model(), path_, error)) << error;
    parts_ = unzip(path_);
  }
  static Xml part(const std::string& name) {
    EXPECT_EQ(parts_.count(name), 1u) << name;
    return Xml(parts_[name]);
  }
  static std::string path_;
  static std::map<std::string, std::string> parts_;
};

std::string SmallDocx::path_;
std::map<std::string, std::string> SmallDocx::parts_;

TEST_F(SmallDocx, EveryPartIsPresentAndWellFormed) {
  EXPECT_EQ(parts_.size(), std::size(kParts));
  for (const char* name : kParts) {
    ASSERT_EQ(parts_.count(name), 1u) << name;
    EXPECT_TRUE(Xml(parts_[name]).ok()) << name << " is not well-formed";
  }
  // Each part the content types name exists, and each relationship finds its target.
  Xml types = part("[Content_Types].xml");
  for (const std::string& name : types.all("//ct:Override/@PartName")) {
    EXPECT_EQ(parts_.count(name.substr(1)), 1u) << name;
  }
  for (const std::string& target : part("_rels/.rels").all("//rel:Relationship/@Target")) {
    EXPECT_EQ(parts_.count(target), 1u) << target;
  }
  for (const std::string& target :
       part("word/_rels/document.xml.rels").all("//rel:Relationship[not(@TargetMode)]/@Target")) {
    EXPECT_EQ(parts_.count("word/" + target), 1u) << target;
  }
  EXPECT_EQ(part("docProps/core.xml").one("//*[local-name()='title']"), "测试文件");
}

TEST_F(SmallDocx, PageSetupFollowsGbt9704) {
  Xml doc = part("word/document.xml");
  const std::string sect = "//w:body/w:sectPr/";
  EXPECT_EQ(doc.one(sect + "w:pgSz/@w:w"), "11906");
  EXPECT_EQ(doc.one(sect + "w:pgSz/@w:h"), "16838");
  EXPECT_EQ(doc.one(sect + "w:pgMar/@w:top"), std::to_string(twips(37)));
  EXPECT_EQ(doc.one(sect + "w:pgMar/@w:left"), std::to_string(twips(28)));
  EXPECT_EQ(doc.one(sect + "w:pgMar/@w:bottom"), std::to_string(twips(35)));
  EXPECT_EQ(doc.one(sect + "w:pgMar/@w:right"), std::to_string(twips(26)));
  // A line grid of 22 lines in the 版心 156 × 225 mm.
  EXPECT_EQ(doc.one(sect + "w:docGrid/@w:type"), "lines");
  EXPECT_EQ(doc.one(sect + "w:docGrid/@w:linePitch"), "579");
  EXPECT_EQ(doc.one(sect + "w:docGrid/@w:charSpace"), "-842");
  const int width = 11906 - twips(28) - twips(26);
  const int height = 16838 - twips(37) - twips(35);
  EXPECT_NEAR(width, twips(156), 1);
  EXPECT_NEAR(height, twips(225), 1);
  const int pitch = std::stoi(doc.one(sect + "w:docGrid/@w:linePitch"));
  EXPECT_EQ(height / pitch, 22);
  Xml styles = part("word/styles.xml");
  EXPECT_EQ(styles.one("//w:pPrDefault//w:spacing/@w:line"), "579");
  EXPECT_EQ(styles.one("//w:pPrDefault//w:spacing/@w:lineRule"), "exact");
  // 28 characters of 3号: on Word's character grid (charSpace, 1/4096 pt added to the
  // 16 pt pitch), and by the run spacing that closes them up without that grid.
  auto grid_pitch = [](int space) { return (16.0 + space / 4096.0) * 20; };  // twips
  const int space = std::stoi(doc.one(sect + "w:docGrid/@w:charSpace"));
  EXPECT_EQ(static_cast<int>(width / grid_pitch(space)), 28);
  EXPECT_EQ(static_cast<int>(width / grid_pitch(space + 1)), 27) << "charSpace is not the largest that fits 28";
  const int spacing = std::stoi(styles.one("//w:rPrDefault//w:spacing/@w:val"));
  EXPECT_EQ(width / (320 + spacing), 28);
  EXPECT_EQ(width / (320 + spacing + 1), 27) << "the run spacing is not the least that fits 28";
  EXPECT_EQ(part("word/styles.xml").one("//w:docDefaults//w:sz/@w:val"), "32");
}

TEST_F(SmallDocx, StylesNameTheStandardsFontsAndSizes) {
  Xml styles = part("word/styles.xml");
  auto style = [](const std::string& id) { return "//w:style[@w:styleId='" + id + "']"; };
  EXPECT_EQ(styles.one(style("Title") + "/w:rPr/w:rFonts/@w:eastAsia"), "方正小标宋简体");
  EXPECT_EQ(styles.one(style("Title") + "/w:rPr/w:sz/@w:val"), "44");
  EXPECT_EQ(styles.one(style("Title") + "/w:pPr/w:jc/@w:val"), "center");
  EXPECT_EQ(styles.one(style("Normal") + "/w:rPr/w:rFonts/@w:eastAsia"), "仿宋_GB2312");
  EXPECT_EQ(styles.one(style("Normal") + "/w:rPr/w:sz/@w:val"), "32");
  EXPECT_EQ(styles.one(style("Normal") + "/w:pPr/w:ind/@w:firstLineChars"), "200");
  EXPECT_EQ(styles.one(style("Normal") + "/w:pPr/w:jc/@w:val"), "both");
  EXPECT_EQ(styles.one(style("Heading1") + "/w:rPr/w:rFonts/@w:eastAsia"), "黑体");
  EXPECT_EQ(styles.one(style("Heading2") + "/w:rPr/w:rFonts/@w:eastAsia"), "楷体_GB2312");
  EXPECT_EQ(styles.one(style("Heading3") + "/w:rPr/w:rFonts/@w:eastAsia"), "仿宋_GB2312");
  EXPECT_EQ(styles.count(style("Heading3") + "/w:rPr/w:b"), 1u);
  EXPECT_EQ(styles.one(style("TableText") + "/w:rPr/w:sz/@w:val"), "28");
  EXPECT_EQ(styles.one(style("Signature") + "/w:pPr/w:jc/@w:val"), "right");
  // Each GB/T 9704 font has a stand-in that Debian's fonts-noto-cjk provides.
  Xml fonts = part("word/fontTable.xml");
  EXPECT_EQ(fonts.one("//w:font[@w:name='仿宋_GB2312']/w:altName/@w:val"), "Noto Serif CJK SC");
  EXPECT_EQ(fonts.one("//w:font[@w:name='黑体']/w:altName/@w:val"), "Noto Sans CJK SC");
  // Every paragraph style used in the document is defined.
  for (const std::string& id : part("word/document.xml").all("//w:pStyle/@w:val")) {
    EXPECT_EQ(styles.count(style(id)), 1u) << id;
  }
}

TEST_F(SmallDocx, FootersNumberPagesWithDashes) {
  Xml settings = part("word/settings.xml");
  EXPECT_EQ(settings.count("//w:evenAndOddHeaders"), 1u);
  Xml doc = part("word/document.xml");
  Xml rels = part("word/_rels/document.xml.rels");
  for (const auto& [type, file, jc] :
       {std::tuple{"default", "footer1.xml", "right"}, {"even", "footer2.xml", "left"}}) {
    std::string id = doc.one(std::string("//w:sectPr/w:footerReference[@w:type='") + type + "']/@r:id");
    EXPECT_EQ(rels.one("//rel:Relationship[@Id='" + id + "']/@Target"), file);
    Xml footer = part(std::string("word/") + file);
    EXPECT_EQ(footer.one("//w:p/w:pPr/w:jc/@w:val"), jc);
    EXPECT_EQ(footer.one("//w:instrText"), " PAGE ");
    std::vector<std::string> texts = footer.all("//w:r/w:t");
    ASSERT_EQ(texts.size(), 3u);
    EXPECT_EQ(texts[0], "— ");
    EXPECT_EQ(texts[2], " —");
    EXPECT_EQ(footer.count("//w:fldChar[@w:fldCharType='begin']"), 1u);
    EXPECT_EQ(footer.count("//w:fldChar[@w:fldCharType='end']"), 1u);
  }
  EXPECT_EQ(part("word/styles.xml").one("//w:style[@w:styleId='Footer']/w:rPr/w:sz/@w:val"), "28");
}

TEST_F(SmallDocx, LinksFindTheirTargets) {
  Xml doc = part("word/document.xml");
  EXPECT_EQ(doc.one("//w:p[w:bookmarkStart/@w:name='target']"), "正文第一段，书签所在。");
  EXPECT_EQ(doc.one("//w:hyperlink[@w:anchor]/@w:anchor"), "target");
  EXPECT_EQ(doc.one("//w:hyperlink[@w:anchor='target']"), "上文");
  for (const std::string& anchor : doc.all("//w:hyperlink/@w:anchor")) {
    EXPECT_EQ(doc.count("//w:bookmarkStart[@w:name='" + anchor + "']"), 1u) << anchor;
  }
  std::string id = doc.one("//w:hyperlink[@r:id]/@r:id");
  Xml rels = part("word/_rels/document.xml.rels");
  EXPECT_EQ(rels.one("//rel:Relationship[@Id='" + id + "']/@Target"), "general.docx#L12");
  EXPECT_EQ(rels.one("//rel:Relationship[@Id='" + id + "']/@TargetMode"), "External");
  EXPECT_EQ(doc.count("//w:hyperlink[@r:id]//w:b"), 1u);
  // Bookmark starts and ends pair up.
  EXPECT_EQ(doc.all("//w:bookmarkStart/@w:id"), doc.all("//w:bookmarkEnd/@w:id"));
}

TEST_F(SmallDocx, TableSpansAndHeaderRows) {
  Xml doc = part("word/document.xml");
  EXPECT_EQ(doc.count("//w:tbl/w:tblGrid/w:gridCol"), 4u);
  EXPECT_EQ(doc.count("//w:tbl/w:tr[w:trPr/w:tblHeader]"), 2u);
  EXPECT_EQ(doc.one("//w:tc[w:tcPr/w:gridSpan/@w:val='2']"), "标准");
  EXPECT_EQ(doc.one("//w:tc[w:tcPr/w:vMerge/@w:val='restart'][1]"), "等级");
  EXPECT_EQ(doc.count("//w:tc/w:tcPr/w:vMerge[@w:val='restart']"), 3u);  // 等级, 响应, Ⅱ级
  EXPECT_EQ(doc.count("//w:tc/w:tcPr/w:vMerge[not(@w:val)]"), 3u);
  // Each row covers the whole grid: the spans add up to four columns.
  for (int r = 1; r <= 4; ++r) {
    std::string row = "//w:tbl/w:tr[" + std::to_string(r) + "]";
    size_t cells = doc.count(row + "/w:tc");
    size_t extra = 0;
    for (const std::string& span : doc.all(row + "/w:tc/w:tcPr/w:gridSpan/@w:val")) extra += std::stoul(span) - 1;
    EXPECT_EQ(cells + extra, 4u) << "row " << r;
  }
  // The row below 等级 carries its continuation first, then 死亡 and 安置.
  EXPECT_EQ(doc.all("//w:tbl/w:tr[2]/w:tc"), (std::vector<std::string>{"", "死亡", "安置", ""}));
  EXPECT_EQ(doc.count("//w:p[w:pPr/w:pageBreakBefore]"), 1u);
}

TEST(Docx, SameDocumentSameBytes) {
  std::string a, b, error;
  ASSERT_TRUE(docx::build(small_model(), a, error)) << error;
  ASSERT_TRUE(docx::build(small_model(), b, error)) << error;
  EXPECT_EQ(a, b);
}

TEST(Docx, BadBookmarksAndLinksAreErrors) {
  std::string bytes, error;
  docx::Document twice;
  twice.blocks.push_back(docx::paragraph(docx::Kind::Body, "一", "L1"));
  twice.blocks.push_back(docx::paragraph(docx::Kind::Body, "二", "L1"));
  EXPECT_FALSE(docx::build(twice, bytes, error));
  EXPECT_NE(error.find("重复"), std::string::npos) << error;

  docx::Document dangling;
  docx::Paragraph p = docx::paragraph(docx::Kind::Body, "");
  p.runs.push_back({"见", false, "#nowhere"});
  dangling.blocks.push_back(p);
  error.clear();
  EXPECT_FALSE(docx::build(dangling, bytes, error));
  EXPECT_NE(error.find("nowhere"), std::string::npos) << error;

  EXPECT_FALSE(docx::valid_bookmark("1abc"));
  EXPECT_FALSE(docx::valid_bookmark("第一段"));
  EXPECT_FALSE(docx::valid_bookmark(std::string(41, 'a')));
  EXPECT_TRUE(docx::valid_bookmark("L123"));
}

TEST(Docx, FailedWritesLeaveNoFile) {
  const fs::path dir = fs::path(output_dir()) / "unwritable";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string error;
  // The directory does not exist.
  const std::string missing = (dir / "no-such-dir" / "x.docx").string();
  EXPECT_FALSE(docx::write(small_model(), missing, error));
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(fs::exists(missing));
  // The "directory" is a file (this holds for root too, unlike permissions).
  { std::ofstream(dir / "file") << "x"; }
  const std::string under_file = (dir / "file" / "x.docx").string();
  error.clear();
  EXPECT_FALSE(docx::write(small_model(), under_file, error));
  EXPECT_FALSE(error.empty());
  // The target is a directory: the rename fails, and the temporary file is removed.
  fs::create_directories(dir / "target.docx");
  error.clear();
  EXPECT_FALSE(docx::write(small_model(), (dir / "target.docx").string(), error));
  EXPECT_FALSE(error.empty());
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(dir)) left.push_back(entry.path().filename().string());
  std::sort(left.begin(), left.end());
  EXPECT_EQ(left, (std::vector<std::string>{"file", "target.docx"}));
  EXPECT_TRUE(fs::is_empty(dir / "target.docx"));
  // Writing over an existing file replaces it whole.
  const std::string path = (dir / "ok.docx").string();
  { std::ofstream(path) << "old"; }
  ASSERT_TRUE(docx::write(small_model(), path, error)) << error;
  EXPECT_EQ(unzip(path).size(), std::size(kParts));
}

// The official text of the Jiyang plans.
class PlanDocx : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    corpus_ = new corpus::Corpus();
    DiagnosticSink sink;
    ASSERT_TRUE(corpus::load({testing::source_path("plans/jiyang")}, *corpus_, sink));
  }
  static void TearDownTestSuite() { delete corpus_; }

  // Writes the plan's docx into the build tree (docs/docx-to-pdf.sh can show it) and
  // returns its document.xml.
  static Xml document(const std::string& title, const std::string& name) {
    const ir::Plan* plan = corpus_->plan_titled(title);
    EXPECT_NE(plan, nullptr) << title;
    if (plan == nullptr) return Xml("");
    std::string path = output_dir() + "/" + name + ".docx", error;
    EXPECT_TRUE(write_plan_docx(*plan, path, error)) << error;
    auto parts = unzip(path);
    for (const char* part : kParts) EXPECT_TRUE(Xml(parts[part]).ok()) << name << ": " << part;
    return Xml(parts["word/document.xml"]);
  }

  static int line_of(const std::string& plan, const std::string& text) {
    std::istringstream in(testing::read_source("plans/jiyang/" + plan + ".plan"));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.find(text) != std::string::npos) return n;
    }
    return 0;
  }

  static corpus::Corpus* corpus_;
};

corpus::Corpus* PlanDocx::corpus_ = nullptr;

TEST_F(PlanDocx, GeneralPlanNoticeTitleAndHeadings) {
  const std::string title = "济南市济阳区突发事件总体应急预案（试行）";
  Xml doc = document(title, "general");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> paragraphs = doc.all("//w:body/w:p");
  // The notice comes first: issuer, its title, the 文号, a blank line, the addressees.
  ASSERT_GT(paragraphs.size(), 10u);
  EXPECT_EQ(paragraphs[0], "济南市济阳区人民政府");
  EXPECT_EQ(paragraphs[1], "关于印发《济南市济阳区突发事件总体应急预案（试行）》的通知");
  EXPECT_EQ(paragraphs[2], "济阳政发〔2023〕1号");
  EXPECT_EQ(paragraphs[3], "");
  EXPECT_EQ(doc.one("//w:p[w:pPr/w:pStyle/@w:val='Title'][1]"), paragraphs[1]);
  EXPECT_EQ(doc.one("//w:p[normalize-space(.)='济阳政发〔2023〕1号']/w:pPr/w:pStyle/@w:val"), "Subtitle");
  EXPECT_EQ(doc.one("//w:p[.='2023 年 1 月 31 日']/w:pPr/w:pStyle/@w:val"), "Signature");
  // The plan starts on a new page with its title.
  EXPECT_EQ(doc.one("//w:p[w:pPr/w:pageBreakBefore][1]"), title);
  EXPECT_EQ(doc.one("//w:p[.='" + title + "']/w:pPr/w:pStyle/@w:val"), "Title");
  // Headings at their levels, each with the anchor of its line.
  EXPECT_EQ(doc.one("//w:p[.='1 总则']/w:pPr/w:pStyle/@w:val"), "Heading1");
  EXPECT_EQ(doc.one("//w:p[.='1.1 编制依据']/w:pPr/w:pStyle/@w:val"), "Heading2");
  EXPECT_EQ(doc.one("//w:p[.='1.4.2 突发事件分级']/w:pPr/w:pStyle/@w:val"), "Heading3");
  const int line = line_of("general", "#### 1.4.2 突发事件分级");
  ASSERT_GT(line, 0);
  EXPECT_EQ(doc.one("//w:p[w:bookmarkStart/@w:name='" + line_anchor(line) + "']"), "1.4.2 突发事件分级");
  const int item = line_of("general", "(２)事故灾难。");
  EXPECT_EQ(doc.one("//w:p[w:bookmarkStart/@w:name='L" + std::to_string(item) + "']/w:pPr/w:pStyle/@w:val"), "Normal");
}

TEST_F(PlanDocx, GeneralPlanTextIsVerbatim) {
  const ir::Plan* plan = corpus_->plan_titled("济南市济阳区突发事件总体应急预案（试行）");
  ASSERT_NE(plan, nullptr);
  Xml doc = document(plan->meta.title, "general");
  std::vector<std::string> paragraphs = doc.all("//w:body/w:p");
  std::set<std::string> docx_text(paragraphs.begin(), paragraphs.end());
  std::ostringstream rendered;
  render_text(*plan->document, rendered);
  std::istringstream lines(rendered.str());
  int checked = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) continue;
    EXPECT_EQ(docx_text.count(line), 1u) << "not in the docx as written: " << line;
    ++checked;
  }
  EXPECT_GT(checked, 150);
}

TEST_F(PlanDocx, EveryJiyangPlanWritesAWellFormedPackage) {
  for (const ir::Plan& plan : corpus_->plans) {
    std::string name = fs::path(plan.path).stem().string();
    Xml doc = document(plan.meta.title, name);
    ASSERT_TRUE(doc.ok()) << name;
    EXPECT_GT(doc.count("//w:body/w:p"), 100u) << name;
    EXPECT_EQ(doc.count("//w:bookmarkStart"), doc.count("//w:bookmarkEnd")) << name;
  }
}

TEST_F(PlanDocx, SeismicAttachmentsAndSpanningTables) {
  Xml doc = document("济南市济阳区地震应急预案", "seismic");
  ASSERT_TRUE(doc.ok());
  // Each attachment starts a page with its label, then its title.
  EXPECT_EQ(doc.all("//w:p[w:pPr/w:pStyle/@w:val='Label']"), (std::vector<std::string>{"附件1", "附件 2"}));
  EXPECT_EQ(doc.count("//w:p[w:pPr/w:pStyle/@w:val='Label'][w:pPr/w:pageBreakBefore]"), 2u);
  EXPECT_EQ(doc.one("//w:p[w:pPr/w:pStyle/@w:val='Label'][.='附件 2']/following-sibling::w:p[1]"),
            "地震灾害分级标准及响应级别");
  // The grading table: two header rows, 分级标准 over three columns, 一级响应 over three rows.
  EXPECT_EQ(doc.count("//w:tbl[1]/w:tblGrid/w:gridCol"), 6u);
  EXPECT_EQ(doc.count("//w:tbl[1]/w:tr[w:trPr/w:tblHeader]"), 2u);
  EXPECT_EQ(doc.one("//w:tc[w:tcPr/w:gridSpan/@w:val='3'][1]"), "分级标准");
  EXPECT_EQ(doc.one("//w:tc[w:tcPr/w:gridSpan/@w:val='5']"),
            "1.分级标准中，达到其中之一即达到相应等级。2."
            "地震发生后，按照初判标准启动响应，后期根据分级标准，适时调整响应级别。");
  EXPECT_EQ(doc.one("//w:tc[.='一级响应']/w:tcPr/w:vMerge/@w:val"), "restart");
  const int row = line_of("seismic", "| 较大地震灾害 |");
  EXPECT_EQ(doc.one("//w:tc[.//w:bookmarkStart/@w:name='" + line_anchor(row) + "']"), "较大地震灾害");
}

}  // namespace
}  // namespace planc

// Writing manuals to a directory as HTML, Markdown or DOCX.
#include "compiler/manual/write.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "compiler/base/files.h"
#include "compiler/emit/docx.h"
#include "compiler/emit/plan_docx.h"
#include "compiler/emit/plan_html.h"
#include "compiler/manual/layout.h"

namespace planc::manual {
namespace {

namespace fs = std::filesystem;
using emit::html_escape;

// Where a link goes, in one format.
using Resolve = std::function<std::string(const Target&)>;

// ---------------------------------------------------------------- Markdown

std::string md_escape(std::string_view text, bool in_table) {
  std::string out;
  for (char c : text) {
    if (c == '|' && in_table)
      out += "\\|";
    else if (c == '\n')
      out += in_table ? " " : "\n";
    else if (c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '\\' || c == '#')
      out += std::string("\\") + c;
    // Markdown passes HTML through: a plan's "<script>" must stay text.
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string md_runs(const std::vector<Run>& runs, const Resolve& resolve, bool in_table) {
  std::string out;
  for (const Run& r : runs) {
    std::string t = md_escape(r.text, in_table);
    if (r.strong && !t.empty()) t = "**" + t + "**";
    std::string href = r.link.kind == Target::None ? std::string() : resolve(r.link);
    out += href.empty() ? t : "[" + t + "](" + href + ")";
  }
  return out;
}

std::string md(const Layout& layout, const Resolve& resolve) {
  std::ostringstream out;
  for (const Block& b : layout.blocks) {
    switch (b.kind) {
      case Block::Title: out << "# " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Subtitle: out << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Heading1: out << "## " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Heading2: out << "### " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Heading3: out << "#### " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Body: out << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Item: out << b.label << " " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Meta: out << "   " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Slot: out << "   " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Note: out << "> " << md_runs(b.runs, resolve, false) << "\n\n"; break;
      case Block::Table: {
        out << "|";
        for (const std::string& h : b.header) out << " " << md_escape(h, true) << " |";
        out << "\n|";
        for (size_t i = 0; i < b.header.size(); ++i) out << " --- |";
        out << "\n";
        for (const auto& row : b.rows) {
          out << "|";
          for (const auto& cell : row) out << " " << md_runs(cell, resolve, true) << " |";
          out << "\n";
        }
        out << "\n";
        break;
      }
    }
  }
  return out.str();
}

// ---------------------------------------------------------------- HTML

// One stylesheet for the manuals, the index and the plans' texts: screen and print
// (A4 with the margins of GB/T 9704), the fonts of official documents first, then the
// CJK fonts a Linux desktop has.
const char* kStyle = R"css(
:root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #b8b8b8; --link: #0b4f9c; --paper: #fff; }
* { box-sizing: border-box; }
html { background: #eceae6; }
body { margin: 0 auto; max-width: 52rem; padding: 2.5rem 3rem 4rem; background: var(--paper); color: var(--ink);
  font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 16pt; line-height: 1.75; }
h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 22pt; font-weight: normal; text-align: center; margin: 0.5rem 0 0.75rem; line-height: 1.4; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-size: 16pt;
  font-weight: normal; margin: 1.5rem 0 0.5rem; }
h3 { font-family: "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "Noto Serif CJK SC", serif; font-size: 16pt;
  font-weight: normal; margin: 1.25rem 0 0.5rem; }
h4, h5, h6 { font-size: 16pt; font-weight: bold; margin: 1rem 0 0.25rem; }
p { margin: 0.25rem 0; text-align: justify; }
p.body, .plan p { text-indent: 2em; }
p.subtitle { text-align: center; color: var(--muted); font-size: 14pt; }
p.note { color: var(--muted); font-size: 12pt; }
p.item { text-indent: 0; margin-top: 0.9rem; }
p.item .label { font-weight: bold; margin-right: 0.4em; }
p.meta { font-size: 12pt; color: var(--muted); padding-left: 2em; margin: 0; }
p.slot { font-size: 12pt; padding-left: 2em; margin: 0.1rem 0 0; }
a { color: var(--link); text-decoration: none; border-bottom: 1px solid rgba(11, 79, 156, 0.25); }
a:hover, a:focus { border-bottom-color: var(--link); }
nav { font-size: 12pt; margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 12pt; line-height: 1.5; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
th { white-space: nowrap; background: #f3f1ed; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td:empty::after { content: "\00a0"; }
:target { background: #fff4c2; outline: 2px solid #e0b400; }
.plan h1 + p { text-align: center; }
@media (max-width: 40rem) { body { padding: 1rem; font-size: 14pt; } h1 { font-size: 18pt; } }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  html, body { background: none; }
  body { max-width: none; padding: 0; }
  nav { display: none; }
  a { color: inherit; border: none; }
  h2, h3 { break-after: avoid; }
  tr, p.item, p.meta { break-inside: avoid; }
  :target { background: none; outline: none; }
}
)css";

std::string html_runs(const std::vector<Run>& runs, const Resolve& resolve) {
  std::string out;
  for (const Run& r : runs) {
    std::string t = html_escape(r.text);
    if (r.strong) t = "<strong>" + t + "</strong>";
    std::string href = r.link.kind == Target::None ? std::string() : resolve(r.link);
    out += href.empty() ? t : "<a href=\"" + html_escape(href) + "\">" + t + "</a>";
  }
  return out;
}

std::string page(const std::string& title, const std::string& nav, const std::string& body, const char* cls) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"planc\">\n"
      << "<title>" << html_escape(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body class=\"" << cls
      << "\">\n";
  if (!nav.empty()) out << "<nav>" << nav << "</nav>\n";
  out << "<main>\n" << body << "</main>\n</body>\n</html>\n";
  return out.str();
}

std::string html(const Layout& layout, const Resolve& resolve) {
  std::ostringstream out;
  for (const Block& b : layout.blocks) {
    std::string id = b.id.empty() ? std::string() : " id=\"" + html_escape(b.id) + "\"";
    switch (b.kind) {
      case Block::Title: out << "<h1" << id << ">" << html_runs(b.runs, resolve) << "</h1>\n"; break;
      case Block::Subtitle:
        out << "<p class=\"subtitle\"" << id << ">" << html_runs(b.runs, resolve) << "</p>\n";
        break;
      case Block::Heading1: out << "<h2" << id << ">" << html_runs(b.runs, resolve) << "</h2>\n"; break;
      case Block::Heading2: out << "<h3" << id << ">" << html_runs(b.runs, resolve) << "</h3>\n"; break;
      case Block::Heading3: out << "<h4" << id << ">" << html_runs(b.runs, resolve) << "</h4>\n"; break;
      case Block::Body: out << "<p class=\"body\"" << id << ">" << html_runs(b.runs, resolve) << "</p>\n"; break;
      case Block::Item:
        out << "<p class=\"item\"" << id << "><span class=\"label\">" << html_escape(b.label) << "</span>"
            << html_runs(b.runs, resolve) << "</p>\n";
        break;
      case Block::Meta: out << "<p class=\"meta\"" << id << ">" << html_runs(b.runs, resolve) << "</p>\n"; break;
      case Block::Slot: out << "<p class=\"slot\"" << id << ">" << html_runs(b.runs, resolve) << "</p>\n"; break;
      case Block::Note: out << "<p class=\"note\"" << id << ">" << html_runs(b.runs, resolve) << "</p>\n"; break;
      case Block::Table: {
        out << "<table" << id << ">\n<thead><tr>";
        for (const std::string& h : b.header) out << "<th>" << html_escape(h) << "</th>";
        out << "</tr></thead>\n<tbody>\n";
        for (const auto& row : b.rows) {
          out << "<tr>";
          for (const auto& cell : row) out << "<td>" << html_runs(cell, resolve) << "</td>";
          out << "</tr>\n";
        }
        out << "</tbody>\n</table>\n";
        break;
      }
    }
  }
  return out.str();
}

// ---------------------------------------------------------------- DOCX

// A layout id as a bookmark name: letters, digits and '_'.
std::string bookmark_of(const std::string& id) {
  std::string out;
  for (char c : id) out += (std::isalnum(static_cast<unsigned char>(c)) ? c : '_');
  return out;
}

std::vector<emit::docx::Run> docx_runs(const std::vector<Run>& runs, const Resolve& resolve) {
  std::vector<emit::docx::Run> out;
  for (const Run& r : runs) {
    std::string link = r.link.kind == Target::None ? std::string() : resolve(r.link);
    out.push_back({r.text, r.strong, link});
  }
  return out;
}

emit::docx::Document docx(const Layout& layout, const Resolve& resolve, const ir::Date& as_of) {
  using emit::docx::Kind;
  emit::docx::Document doc;
  doc.title = layout.title;
  doc.subject = "应急工作手册";
  doc.creator = "planc";
  doc.date = as_of.iso();
  for (const Block& b : layout.blocks) {
    emit::docx::Paragraph p;
    p.runs = docx_runs(b.runs, resolve);
    if (!b.id.empty()) p.bookmarks.push_back(bookmark_of(b.id));
    switch (b.kind) {
      case Block::Title: p.kind = Kind::Title; break;
      case Block::Subtitle: p.kind = Kind::Subtitle; break;
      case Block::Heading1: p.kind = Kind::Heading1; break;
      case Block::Heading2: p.kind = Kind::Heading2; break;
      case Block::Heading3: p.kind = Kind::Heading3; break;
      case Block::Body: p.kind = Kind::Body; break;
      case Block::Item:
        p.kind = Kind::Body;
        p.runs.insert(p.runs.begin(), {b.label, true, {}});
        break;
      case Block::Meta:
      case Block::Slot:
      case Block::Note: p.kind = Kind::Plain; break;
      case Block::Table: {
        emit::docx::Table t;
        t.font_half_points = b.header.size() > 3 ? 21 : 24;  // 五号 for wide tables, else 小四
        emit::docx::Row header;
        header.header = true;
        for (const std::string& h : b.header) header.cells.push_back(emit::docx::cell(h));
        t.rows.push_back(std::move(header));
        for (const auto& row : b.rows) {
          emit::docx::Row r;
          for (const auto& cell : row) {
            emit::docx::Cell c;
            c.centred = false;
            emit::docx::Paragraph text;
            text.kind = Kind::TableText;
            text.runs = docx_runs(cell, resolve);
            c.paragraphs.push_back(std::move(text));
            r.cells.push_back(std::move(c));
          }
          t.rows.push_back(std::move(r));
        }
        doc.blocks.push_back(std::move(t));
        continue;
      }
    }
    doc.blocks.push_back(std::move(p));
  }
  return doc;
}

// ---------------------------------------------------------------- the site

// The plans the manuals link into, each once, in the order first linked.
// One file stem per plan the manuals link to: plan_stem, with -2, -3 … for plans whose
// folder and file name are the same ("a/jiyang/geo.plan" and "b/jiyang/geo.plan").
std::map<const ir::Plan*, std::string> unique_plan_stems(const std::vector<const ir::Plan*>& plans) {
  std::map<const ir::Plan*, std::string> stems;
  std::set<std::string> taken;
  for (const ir::Plan* p : plans) {
    std::string stem = plan_stem(*p);
    for (int n = 2; !taken.insert(stem).second; ++n) stem = plan_stem(*p) + "-" + std::to_string(n);
    stems[p] = stem;
  }
  return stems;
}

std::vector<const ir::Plan*> linked_plans(const std::vector<const Manual*>& manuals) {
  std::vector<const ir::Plan*> out;
  std::set<const ir::Plan*> seen;
  for (const Manual* m : manuals) {
    for (const ir::Plan* p : m->plans) {
      if (seen.insert(p).second) out.push_back(p);
    }
  }
  return out;
}

// Writes the files of a site into its directory, each atomically, and lists them.
class Writer {
 public:
  Writer(const Site& site, std::vector<std::string>& written, std::string& error)
      : site_(site), written_(written), error_(error) {}

  bool put(const std::string& name, const std::string& text) {
    return record(name, write_file_atomically(path(name), text, error_));
  }
  bool put(const std::string& name, const emit::docx::Document& doc) {
    return record(name, emit::docx::write(doc, path(name), error_));
  }
  bool put_plan_docx(const std::string& name, const ir::Plan& plan) {
    return record(name, emit::write_plan_docx(plan, path(name), error_));
  }

 private:
  std::string path(const std::string& name) const { return (fs::path(site_.directory) / name).string(); }
  bool record(const std::string& name, bool ok) {
    if (ok) written_.push_back(path(name));
    return ok;
  }

  const Site& site_;
  std::vector<std::string>& written_;
  std::string& error_;
};

// Links inside the output: a manual by its file name, a line of a plan by `plan_link`.
Resolve resolver(const std::string& extension, std::function<std::string(const Target&)> plan_link) {
  return [=](const Target& t) -> std::string {
    if (t.kind == Target::Manual) return t.stem + extension;
    if (t.kind == Target::PlanLine) return plan_link(t);
    return {};
  };
}

// Markdown links a plan's line in its .plan file, relative to the output directory.
Resolve markdown_resolver(const std::string& directory) {
  return resolver(".md", [directory](const Target& t) {
    std::error_code code;
    fs::path base = directory.empty() ? fs::current_path(code) : fs::absolute(directory, code);
    fs::path to = fs::absolute(t.plan->path, code);
    std::string relative = to.lexically_relative(base).generic_string();
    if (relative.empty()) relative = to.generic_string();
    return relative + (t.line > 0 ? "#L" + std::to_string(t.line) : "");
  });
}

bool write_markdown(const Site& site, std::vector<std::string>& written, std::string& error) {
  Writer w(site, written, error);
  for (const Manual* m : site.manuals) {
    if (!w.put(file_stem(*m) + ".md", markdown(*m, site.as_of, site.directory))) return false;
  }
  Resolve resolve = markdown_resolver(site.directory);
  return w.put("index.md", md(layout_index(site.manuals, site.mentioned, site.as_of), resolve));
}

bool write_html(const Site& site, std::vector<std::string>& written, std::string& error) {
  Writer w(site, written, error);
  if (!make_directories((fs::path(site.directory) / "plans").string(), error)) return false;
  std::map<const ir::Plan*, std::string> stems = unique_plan_stems(linked_plans(site.manuals));
  Resolve resolve = resolver(".html", [&](const Target& t) {
    return "plans/" + stems[t.plan] + ".html" + (t.line > 0 ? "#L" + std::to_string(t.line) : "");
  });
  const std::string back = "<a href=\"index.html\">手册目录</a>";
  for (const Manual* m : site.manuals) {
    Layout l = layout_manual(*m, site.as_of);
    if (!w.put(file_stem(*m) + ".html", page(l.title, back, html(l, resolve), "manual"))) return false;
  }
  for (const ir::Plan* p : linked_plans(site.manuals)) {
    std::ostringstream body;
    emit::render_html(*p->document, body);
    std::string nav = "<a href=\"../index.html\">手册目录</a>　原文：" + html_escape(p->path);
    if (!w.put("plans/" + stems[p] + ".html", page(p->meta.title, nav, body.str(), "plan"))) return false;
  }
  Layout index = layout_index(site.manuals, site.mentioned, site.as_of);
  return w.put("index.html", page(index.title, "", html(index, resolve), "index"));
}

bool write_docx(const Site& site, std::vector<std::string>& written, std::string& error) {
  Writer w(site, written, error);
  if (!make_directories((fs::path(site.directory) / "plans").string(), error)) return false;
  std::map<const ir::Plan*, std::string> stems = unique_plan_stems(linked_plans(site.manuals));
  Resolve resolve = resolver(".docx", [&](const Target& t) {
    return "plans/" + stems[t.plan] + ".docx" + (t.line > 0 ? "#" + emit::line_anchor(t.line) : "");
  });
  for (const Manual* m : site.manuals) {
    if (!w.put(file_stem(*m) + ".docx", docx(layout_manual(*m, site.as_of), resolve, site.as_of))) return false;
  }
  for (const ir::Plan* p : linked_plans(site.manuals)) {
    if (!w.put_plan_docx("plans/" + stems[p] + ".docx", *p)) return false;
  }
  return w.put("index.docx", docx(layout_index(site.manuals, site.mentioned, site.as_of), resolve, site.as_of));
}

}  // namespace

std::string markdown(const Manual& manual, const ir::Date& as_of, const std::string& directory) {
  return md(layout_manual(manual, as_of), markdown_resolver(directory));
}

namespace {

// The files a site will write, relative to its directory, in writing order.
std::vector<std::string> site_files(const Site& site, Format format) {
  std::string ext = format == Format::Html ? ".html" : format == Format::Docx ? ".docx" : ".md";
  std::vector<std::string> files;
  for (const Manual* m : site.manuals) files.push_back(file_stem(*m) + ext);
  if (format != Format::Markdown) {
    for (const auto& [plan, stem] : unique_plan_stems(linked_plans(site.manuals)))
      files.push_back("plans/" + stem + ext);
  }
  files.push_back("index" + ext);
  return files;
}

std::set<std::string> read_manifest(const fs::path& directory) {
  std::set<std::string> names;
  std::ifstream in(directory / kManifestName);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') names.insert(line);
  }
  return names;
}

}  // namespace

bool write_site(const Site& site, Format format, std::vector<std::string>& written, std::string& error) {
  if (!make_directories(site.directory, error)) return false;
  const fs::path directory(site.directory);
  std::set<std::string> before = read_manifest(directory);
  std::vector<std::string> files = site_files(site, format);
  // Never overwrite a file planc did not write: check them all before writing any.
  std::vector<std::string> foreign;
  for (const std::string& name : files) {
    std::error_code ec;
    if (fs::exists(directory / name, ec) && !before.count(name)) foreign.push_back(name);
  }
  if (!foreign.empty() && !site.force) {
    error = site.directory + "：其中已有不是 planc 写出的文件（" + foreign.front() +
            (foreign.size() > 1 ? " 等 " + std::to_string(foreign.size()) + " 个" : std::string()) +
            "），为免覆盖未写出任何文件；请换一个输出目录，或加 --force 覆盖";
    return false;
  }
  bool ok = false;
  switch (format) {
    case Format::Markdown: ok = write_markdown(site, written, error); break;
    case Format::Html: ok = write_html(site, written, error); break;
    case Format::Docx: ok = write_docx(site, written, error); break;
  }
  if (!ok) return false;
  // Files of this format from an earlier run that this one no longer writes (a unit that
  // lost its duties, a plan no longer linked) are removed; files of the other formats
  // written into the same folder stay, and stay listed.
  const std::string ext = fs::path(files.back()).extension().string();
  std::set<std::string> listed(files.begin(), files.end());
  for (const std::string& name : before) {
    if (listed.count(name)) continue;
    std::error_code ec;
    if (fs::path(name).extension().string() == ext) {
      if (fs::is_regular_file(directory / name, ec)) fs::remove(directory / name, ec);
    } else if (fs::exists(directory / name, ec)) {
      listed.insert(name);
    }
  }
  std::string manifest = "# planc 写出的文件：planc manual 只覆盖或删除这里列出的文件\n";
  for (const std::string& name : listed) manifest += name + "\n";
  return write_file_atomically((directory / kManifestName).string(), manifest, error);
}

}  // namespace planc::manual

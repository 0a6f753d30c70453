// The layout of a manual and of the index, independent of the output format: headings,
// paragraphs of runs (some of them links), fill-in slots and tables. The HTML, Markdown
// and DOCX writers render the same layout, so the three never say different things.
#pragma once

#include <string>
#include <vector>

#include "compiler/manual/manual.h"

namespace planc::manual {

/// Where a link goes: a line of a plan's text, or a manual.
struct Target {
  enum Kind { None, PlanLine, Manual } kind = None;
  const ir::Plan* plan = nullptr;
  int line = 0;
  std::string stem;  ///< the manual's file stem
};

struct Run {
  std::string text;
  Target link;
  bool strong = false;
};

struct Block {
  enum Kind {
    Title,     ///< the document's title
    Subtitle,  ///< a centred line under the title
    Heading1,  ///< 一、…
    Heading2,  ///< （一）…
    Heading3,  ///< 1. …
    Body,      ///< a paragraph of text
    Item,      ///< a numbered duty: its number in `label`, its words in runs
    Meta,      ///< a small line under an item: trigger, capacity, source
    Slot,      ///< a line to fill in by hand: 责任人：＿＿＿＿
    Note,      ///< a closing remark
    Table,
  } kind = Body;
  std::string id;     ///< anchor within the document
  std::string label;  ///< Item: "1."
  std::vector<Run> runs;
  // Table
  std::vector<std::string> header;
  std::vector<std::vector<std::vector<Run>>> rows;  ///< rows of cells of runs
};

struct Layout {
  std::string title;
  std::vector<Block> blocks;
};

/// The layout of one manual.
Layout layout_manual(const Manual& manual, const ir::Date& as_of);

/// The layout of the index: every manual in the official order, and in pinyin order;
/// then the units the plans only mention (no duty, no role), which get no manual.
Layout layout_index(const std::vector<const Manual*>& manuals, const std::vector<const Manual*>& mentioned,
                    const ir::Date& as_of);

/// Plain text of runs (links dropped).
std::string plain(const std::vector<Run>& runs);

}  // namespace planc::manual

// The attachment tables of the plans, cell by cell, against grids read from the seed text.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "compiler/syntax/parser.h"
#include "tests/unit/test_support.h"

namespace planc {
namespace {

using Grid = std::map<std::pair<int, int>, std::string>;  // (row, column) -> "rowspan colspan header|body text"

std::string strip_space(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  }
  return out;
}

std::string describe_cell(int row_span, int col_span, bool header, const std::string& text) {
  return std::to_string(row_span) + " " + std::to_string(col_span) + (header ? " header " : " body ") +
         strip_space(text);
}

Grid read_grid(const std::string& relative) {
  Grid grid;
  std::ifstream in(testing::source_path(relative));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string row, column, row_span, col_span, kind, text;
    std::getline(fields, row, '\t');
    std::getline(fields, column, '\t');
    std::getline(fields, row_span, '\t');
    std::getline(fields, col_span, '\t');
    std::getline(fields, kind, '\t');
    std::getline(fields, text);
    grid[{std::stoi(row), std::stoi(column)}] =
        describe_cell(std::stoi(row_span), std::stoi(col_span), kind == "header", text);
  }
  return grid;
}

// Parses the plan, finds the table of the '::: 分级' block in an attachment, compares.
void check_table(const std::string& plan, const std::string& grid_file, int columns) {
  std::string text, error;
  ASSERT_TRUE(read_file(testing::source_path("plans/jiyang/" + plan + ".plan"), text, error)) << error;
  SourceManager sources;
  DiagnosticSink sink;
  syntax::Document document = syntax::parse(sources.add(plan + ".plan", text), sink);
  EXPECT_TRUE(sink.diagnostics().empty()) << ::testing::PrintToString(testing::describe(sink));

  const syntax::Node* table = nullptr;
  syntax::walk(*document.root, [&](const syntax::Node& node) {
    if (node.kind == syntax::NodeKind::Table && node.parent->kind == syntax::NodeKind::Div && node.parent->tag &&
        node.parent->tag->kind == "分级" && node.section()->number.text().starts_with("附件")) {
      table = &node;
    }
  });
  ASSERT_NE(table, nullptr) << "no table in a '::: 分级' block of an attachment of " << plan;
  EXPECT_EQ(table->columns, columns);

  Grid actual;
  for (const syntax::TableRow& row : table->rows) {
    for (const syntax::TableCell& cell : row.cells) {
      actual[{cell.row, cell.column}] = describe_cell(cell.row_span, cell.col_span, row.header, cell.text.text());
    }
  }
  Grid expected = read_grid(grid_file);
  ASSERT_FALSE(expected.empty()) << grid_file;
  Grid all = expected;
  all.insert(actual.begin(), actual.end());
  for (const auto& [at, unused] : all) {
    auto want = expected.find(at), got = actual.find(at);
    EXPECT_EQ(want == expected.end() ? "(no cell)" : want->second, got == actual.end() ? "(no cell)" : got->second)
        << plan << ": cell at row " << at.first << ", column " << at.second;
  }
}

TEST(TableGrid, GeologicalAttachment2MatchesSeed) { check_table("geo", "tests/golden/tables/geo-attachment2.grid", 6); }

TEST(TableGrid, SeismicAttachment2MatchesSeed) {
  check_table("seismic", "tests/golden/tables/seismic-attachment2.grid", 6);
}

}  // namespace
}  // namespace planc

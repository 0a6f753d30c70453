// The fixed parts of a .docx package (styles, settings, fonts, footers, relationships)
// and its zip container. Internal to the DOCX writer (compiler/emit/docx*.cc).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "compiler/emit/docx.h"

namespace planc::emit::docx::parts {

/// Namespaces of WordprocessingML and of package relationships.
inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The style id (styles.xml) of each paragraph kind.
const char* style_id(Kind kind);

/// Relationship ids that document.xml refers to.
inline constexpr const char* kOddFooterId = "rIdFooterOdd";
inline constexpr const char* kEvenFooterId = "rIdFooterEven";

/// An external hyperlink target and its relationship id.
struct Link {
  std::string id;
  std::string target;
};

// Each returns false and sets error when libxml2 fails.
bool content_types(bool footers, std::string& out, std::string& error);
bool package_rels(std::string& out, std::string& error);
bool document_rels(bool footers, const std::vector<Link>& links, std::string& out, std::string& error);
bool styles(std::string& out, std::string& error);
bool settings(bool footers, std::string& out, std::string& error);
bool font_table(std::string& out, std::string& error);
/// The page-number footer: "— N —", odd pages at the right, even pages at the left.
bool footer(bool even, std::string& out, std::string& error);
/// The zip archive of (name, bytes) parts, in memory (docx_file.cc).
bool zip(const std::vector<std::pair<const char*, std::string>>& files, std::string& bytes, std::string& error);
bool core_properties(const Document& document, std::string& out, std::string& error);
bool app_properties(std::string& out, std::string& error);

}  // namespace planc::emit::docx::parts

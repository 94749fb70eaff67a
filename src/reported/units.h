// Units of reported text: the document as paragraphs, bullets and headings (web-page
// lines, or the segmenter's blocks for PDF text), each classed as furniture, head,
// heading, paragraph, bullet or list introduction, and the content ranges they give.
// First step of analyse_reported() (reported.h); quotes, findings and metadata read them.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {
struct Lexicon;
}

namespace jtai::reported {

/// A byte range [first, second) of a unit's text.
using Range = std::pair<std::size_t, std::size_t>;

/// What a unit is to the article.
enum class UnitType { kFurniture, kHead, kHeading, kParagraph, kBullet, kListIntro };

/// One paragraph, bullet or heading of the document and where its text comes from.
struct Unit {
  UnitType type = UnitType::kParagraph;
  std::string text;
  std::vector<TextPiece> pieces;  ///< text offset → input bytes
  std::vector<int> pages;
};

/// True for the units that carry the article's prose: paragraphs, bullets, list introductions.
bool is_prose(const Unit& unit);

/// Input spans of UNIT's text [b, e).
std::vector<ByteSpan> spans_of(const Unit& unit, std::size_t b, std::size_t e);


/// The text of SPANS of INPUT joined with single spaces.
std::string text_of(std::string_view input, const std::vector<ByteSpan>& spans);

/// The units of TEXT, classed: web furniture, the head (before the article's first
/// paragraph), headings, paragraphs, bullets and list introductions.
std::vector<Unit> classified_units(std::string_view text, const std::vector<Line>& lines,
                                   const Segmentation& segmentation, const Lexicon& lexicon);

/// Where a paragraph's own text starts after a subheading run into it ("Young people at
/// risk The Ofsted report concluded ..."), or 0.
std::size_t after_glued_heading(const std::string& text, const Lexicon& lexicon);

/// Content ranges of TEXT: every unit that is not furniture, merged across blank gaps.
std::vector<ByteSpan> content_ranges(std::string_view text, const std::vector<Unit>& units);

}  // namespace jtai::reported

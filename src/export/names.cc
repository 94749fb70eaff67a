// Stable ids of the model's enums, as the JSON record, CSV and Markdown write them.
#include "jtai/model.h"

namespace jtai {

const char* to_string(SourceFormat v) {
  switch (v) {
    case SourceFormat::kText: return "text";
    case SourceFormat::kPdf: return "pdf";
    case SourceFormat::kHtml: return "html";
  }
  return "text";
}

const char* to_string(DocumentKind v) {
  switch (v) {
    case DocumentKind::kJtaiLetter: return "jtai-letter";
    case DocumentKind::kThematicReport: return "thematic-report";
    case DocumentKind::kNewsArticle: return "news-article";
    case DocumentKind::kInspectionReport: return "inspection-report";
    case DocumentKind::kUnknown: return "unknown";
  }
  return "unknown";
}

const char* to_string(FindingKind v) {
  switch (v) {
    case FindingKind::kStrength: return "strength";
    case FindingKind::kAreaForImprovement: return "area-for-improvement";
    case FindingKind::kPriorityAction: return "priority-action";
    case FindingKind::kPracticeStudy: return "practice-study";
    case FindingKind::kConcern: return "concern";
    case FindingKind::kRecommendation: return "recommendation";
    case FindingKind::kObservation: return "observation";
  }
  return "observation";
}

const char* to_string(Polarity v) {
  switch (v) {
    case Polarity::kPositive: return "positive";
    case Polarity::kNegative: return "negative";
    case Polarity::kMixed: return "mixed";
    case Polarity::kNeutral: return "neutral";
  }
  return "neutral";
}

const char* to_string(PersonRelation v) {
  switch (v) {
    case PersonRelation::kRecipient: return "recipient";
    case PersonRelation::kSignatory: return "signatory";
    case PersonRelation::kQuoted: return "quoted";
    case PersonRelation::kAuthor: return "author";
  }
  return "recipient";
}

}  // namespace jtai

#pragma once
// Turns what a user types into an FTS5 MATCH expression for the "cairn" tokenizer.
#include <QString>

namespace cairn::search {

/// Every word must match (AND); "double quoted words" match as a phrase; the last word also matches as a prefix
/// while the user is still typing ("learn" finds "learning"; a single Chinese character finds words starting with it).
/// Words that hold no searchable characters (punctuation only) are ignored. Returns an empty string when
/// nothing searchable is left.
QString buildMatchExpression(const QString &userQuery);

} // namespace cairn::search

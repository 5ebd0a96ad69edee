#pragma once

#include "analysis/span.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace newsmark {

// Ties the short mentions of one article to the full names it uses elsewhere, setting
// Span::entity to the full name:
// - family name + title: "최 회장" → 최태원 when "최태원 ... 회장" appears (the span covers the
//   title, since "최" alone names nobody);
// - a foreign surname alone or with its title: "올트먼", "올트먼 CEO" → 샘 올트먼, and in
//   English "Blair" → Tony Blair;
// - an alias in brackets after a name: "손정의(일본명 손 마사요시)", "국제통화기금(IMF)", and
//   every later use of that alias.
// Spans it adds or widens never overlap spans of other kinds (amounts stay as they are).
class EntityLinker final
{
public:
    void link(QStringView text, QList<Span> &spans) const;
};

// The name an entity span stands for: its linked canonical name, or its own text.
[[nodiscard]] QString entityName(const Span &span, QStringView text);
[[nodiscard]] bool isEntityKind(SpanKind kind);
// Whether a name may start at `at`: nothing that continues a word stands before it.
[[nodiscard]] bool isWordStart(QStringView text, qsizetype at);
// Whether a name may end at `end`: the word ends there, or a Korean particle follows.
[[nodiscard]] bool isNameEnd(QStringView text, qsizetype end);

} // namespace newsmark

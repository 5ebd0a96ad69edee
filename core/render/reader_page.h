#pragma once

#include "analysis/span.h"
#include "model/article.h"

#include <QList>
#include <QString>

namespace newsmark {

enum class ReaderTheme { Light, Dark };

struct ReaderPageOptions
{
    ReaderTheme theme = ReaderTheme::Light;
    // A page that stands alone (CLI `show --html`, exports): styles inline, no script, no
    // newsmark: links. Otherwise the page loads reader.css, reader.js and qwebchannel.js from the
    // app's newsmark: scheme.
    bool standalone = false;
};

// Turns an article and its spans into the reader page. Every character of article text is
// escaped; highlights are <mark> elements carrying kind, offsets and a tooltip. Blocks carry
// data-start (UTF-16 offset into the canonical text) so page script can report selections as
// offsets into it.
class ReaderPage final
{
public:
    // The Content-Security-Policy every reader page declares: nothing but the app's own scheme.
    static QString contentSecurityPolicy(bool standalone);
    static QString render(const Article &article, const QList<Span> &spans,
                          const ReaderPageOptions &options = {});
    // The text a highlight's tooltip shows: kind, the text and, for amounts, the exact figure
    // read out in the other language's scales (amountReadout); other spans list their values.
    static QString tooltip(const Span &span, QStringView text);
    // The page shown when no article is selected.
    static QString placeholder(const QString &message, const ReaderPageOptions &options = {});
};

} // namespace newsmark

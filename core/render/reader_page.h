#pragma once

#include "analysis/decimal.h"
#include "analysis/span.h"
#include "model/article.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace newsmark {

struct ConversionChoice;

enum class ReaderTheme { Light, Dark };

// A rate an amount's tooltip converts at, and where it comes from, in words the tooltip shows
// ("at 1,440 KRW per USD, implied by 5000억달러(약 720조원)").
struct ReaderRate
{
    Decimal rate; // units of the target currency per one unit of the amount's currency
    QString note;
};

// A note's highlight as the page shows it: [start, end) in UTF-16 units of the canonical text
// (noteUtf16Range converts what the store keeps), the colour's key ("yellow") and a tooltip.
struct ReaderNote
{
    QString id; // the UUID without braces, as data-note-id
    QString color;
    qsizetype start = 0;
    qsizetype end = 0;
    QString title;
};

struct ReaderPageOptions
{
    ReaderTheme theme = ReaderTheme::Light;
    // A page that stands alone (CLI `show --html`, exports): styles inline, no script, no
    // newsmark: links. Otherwise the page loads reader.css, reader.js and qwebchannel.js from the
    // app's newsmark: scheme.
    bool standalone = false;
    // When set, money in another currency also reads out in this one (ISO code) in its tooltip,
    // at the rate kept for the amount's currency; amounts without a rate are left as they are.
    QString convertTo;
    QMap<QString, ReaderRate> rates;
    // The article's notes, as <mark class="nm-note"> elements that nest with the spans' marks;
    // overlapping notes stay separate elements (one note may need several).
    QList<ReaderNote> notes;
    // The highlight kinds (spanKindKey) hidden when the page opens: the body carries
    // nm-hide-<kind> and their legend buttons start unpressed, as if the reader had clicked them.
    QStringList hiddenKinds;
    // The reader's text font and size (CSS pixels); empty and 0 keep reader.css's.
    QString fontFamily;
    int fontSize = 0;
};

// Fills the reader page's conversion for the article's money amounts (resolveRate for each
// currency).
void applyConversion(ReaderPageOptions &options, const ConversionChoice &choice,
                     const QList<Span> &spans, QStringView text);

// Turns an article and its spans into the reader page. Every character of article text is
// escaped; highlights are <mark> elements carrying kind, offsets and a tooltip. Blocks carry
// data-start (UTF-16 offset into the canonical text) so page script can report selections as
// offsets into it.
class ReaderPage final
{
public:
    // The Content-Security-Policy every reader page declares: nothing but the app's own scheme.
    // `styleHashes` ("sha256-…") admit the page's own <style> element (the reader's font).
    static QString contentSecurityPolicy(bool standalone, const QStringList &styleHashes = {});
    // The CSS that sets the reader's font (options.fontFamily, fontSize) over reader.css; empty
    // when neither is set. Safe inside a <style> element whatever the family's name holds.
    static QString fontStyle(const ReaderPageOptions &options);
    static QString render(const Article &article, const QList<Span> &spans,
                          const ReaderPageOptions &options = {});
    // The text a highlight's tooltip shows: kind, the text and, for amounts, the exact figure
    // read out in the other language's scales (amountReadout), and in options.convertTo;
    // other spans list their values.
    // `language` is the article's ("ko", "en"): it decides the reading of bare figures.
    static QString tooltip(const Span &span, QStringView text, QStringView language,
                           const ReaderPageOptions &options = {});
    // The page shown when no article is selected.
    static QString placeholder(const QString &message, const ReaderPageOptions &options = {});
};

} // namespace newsmark

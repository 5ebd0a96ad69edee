#pragma once

#include "analysis/decimal.h"
#include "analysis/span_kind.h"

#include "model/article.h"
#include "model/note.h"
#include "reader_theme.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>

namespace newsmark::gui {

// Every highlight kind, in the legend's order (Preferences lists them, the settings check them).
[[nodiscard]] QList<SpanKind> highlightKinds();

// The GUI's remembered state, one typed accessor per key, so that keys and defaults live in one
// place. Stored with QSettings under the application's organisation and name.
class GuiSettings final
{
public:
    GuiSettings();
    Q_DISABLE_COPY_MOVE(GuiSettings)

    // Brings settings written by an older Newsmark up to the current keys.
    void migrate();

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // Feeds above the library list.
    [[nodiscard]] QByteArray sourcesSplitterState() const;
    void setSourcesSplitterState(const QByteArray &state);
    [[nodiscard]] QByteArray libraryHeaderState() const;
    void setLibraryHeaderState(const QByteArray &state);

    // The interface's language: "en", "ko", or empty to follow the system's locale. Read once at
    // start (a change shows from the next start).
    [[nodiscard]] QString uiLanguage() const;
    void setUiLanguage(const QString &language);

    [[nodiscard]] ThemeChoice theme() const;
    void setTheme(ThemeChoice theme);
    // The reader's text font; empty for the page's own (Noto Sans CJK KR).
    [[nodiscard]] QString readerFontFamily() const;
    void setReaderFontFamily(const QString &family);
    // The reader's text size in CSS pixels, kReaderFontSizeMin..Max; the page's own by default.
    static constexpr int kReaderFontSizeMin = 12;
    static constexpr int kReaderFontSizeMax = 32;
    static constexpr int kReaderFontSizeDefault = 17;
    [[nodiscard]] int readerFontSize() const;
    void setReaderFontSize(int pixels);
    // The highlight kinds (spanKindKey: "person", "money" ...) hidden when an article opens; the
    // legend shows them again.
    [[nodiscard]] QStringList hiddenHighlightKinds() const;
    void setHiddenHighlightKinds(const QStringList &kinds);
    // Whether the entity and search indexes are built in the background (on by default).
    [[nodiscard]] bool backgroundIndexing() const;
    void setBackgroundIndexing(bool on);
    [[nodiscard]] qreal zoom() const;
    void setZoom(qreal zoom);
    // Empty when nothing was ever opened, so a first start can show something sensible.
    [[nodiscard]] std::optional<ArticleId> lastArticle() const;
    void setLastArticle(ArticleId id);
    // Another library's article ids mean nothing here.
    void clearLastArticle();

    // The Amounts panel: the currency to convert to (an ISO code; empty for none), whether the
    // article's own rate is preferred to the user's, and the user's rates by pair ("USD-KRW":
    // units of KRW per USD).
    [[nodiscard]] QString amountsCurrency() const;
    void setAmountsCurrency(const QString &code);
    [[nodiscard]] bool amountsUseArticleRate() const;
    void setAmountsUseArticleRate(bool useArticleRate);
    [[nodiscard]] QMap<QString, Decimal> amountsUserRates() const;
    // Nothing removes the rate.
    void setAmountsUserRate(const QString &pair, const std::optional<Decimal> &rate);
    // Replaces every saved rate (Preferences).
    void setAmountsUserRates(const QMap<QString, Decimal> &rates);

    // Notes: what each highlight colour means to the user ("claim", "figure", "follow up"),
    // by default its plain name, and the colour a new highlight gets.
    [[nodiscard]] QString noteColorName(NoteColor color) const;
    void setNoteColorName(NoteColor color, const QString &name);
    [[nodiscard]] NoteColor defaultNoteColor() const;
    void setDefaultNoteColor(NoteColor color);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace newsmark::gui

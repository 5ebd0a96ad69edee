#include "gui_settings.h"

#include "analysis/amount_conversion.h"
#include "analysis/span.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kSettingsVersion = 1;

const QString kVersion = u"version"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kSplitter = u"window/splitter"_s;
const QString kHeader = u"library/header"_s;
const QString kLastArticle = u"library/lastArticle"_s;
const QString kTheme = u"reader/theme"_s;
const QString kUiLanguage = u"ui/language"_s;
const QString kZoom = u"reader/zoom"_s;
const QString kReaderFont = u"reader/fontFamily"_s;
const QString kReaderFontSize = u"reader/fontSize"_s;
const QString kHiddenKinds = u"reader/hiddenKinds"_s;
const QString kBackgroundIndexing = u"library/backgroundIndexing"_s;
const QString kAmountsCurrency = u"amounts/currency"_s;
const QString kAmountsArticleRate = u"amounts/useArticleRate"_s;
const QString kAmountsRates = kUserRatesGroup.toString();

} // namespace

QList<SpanKind> highlightKinds()
{
    return {SpanKind::Money,  SpanKind::Percent,      SpanKind::Quantity,
            SpanKind::Person, SpanKind::Organization, SpanKind::Location,
            SpanKind::Date,   SpanKind::Time,         SpanKind::Count};
}

GuiSettings::GuiSettings() = default;

void GuiSettings::migrate()
{
    // Version 1 is the first layout; later versions rename or convert keys here, step by step.
    if (m_settings.value(kVersion, 0).toInt() < kSettingsVersion)
        m_settings.setValue(kVersion, kSettingsVersion);
}

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray GuiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void GuiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray GuiSettings::splitterState() const
{
    return m_settings.value(kSplitter).toByteArray();
}

void GuiSettings::setSplitterState(const QByteArray &state)
{
    m_settings.setValue(kSplitter, state);
}

QByteArray GuiSettings::sourcesSplitterState() const
{
    return m_settings.value(QStringLiteral("window/sourcesSplitter")).toByteArray();
}

void GuiSettings::setSourcesSplitterState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/sourcesSplitter"), state);
}

QByteArray GuiSettings::libraryHeaderState() const
{
    return m_settings.value(kHeader).toByteArray();
}

void GuiSettings::setLibraryHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeader, state);
}

QString GuiSettings::uiLanguage() const
{
    const QString language = m_settings.value(kUiLanguage).toString();
    return language == u"en"_s || language == u"ko"_s ? language : QString();
}

void GuiSettings::setUiLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(kUiLanguage);
    else
        m_settings.setValue(kUiLanguage, language);
}

ThemeChoice GuiSettings::theme() const
{
    return themeChoiceFromKey(m_settings.value(kTheme).toString());
}

void GuiSettings::setTheme(ThemeChoice theme)
{
    m_settings.setValue(kTheme, themeChoiceKey(theme));
}

QString GuiSettings::readerFontFamily() const
{
    return m_settings.value(kReaderFont).toString().trimmed();
}

void GuiSettings::setReaderFontFamily(const QString &family)
{
    if (family.trimmed().isEmpty())
        m_settings.remove(kReaderFont);
    else
        m_settings.setValue(kReaderFont, family.trimmed());
}

int GuiSettings::readerFontSize() const
{
    bool ok = false;
    const int size = m_settings.value(kReaderFontSize, kReaderFontSizeDefault).toInt(&ok);
    return ok && size >= kReaderFontSizeMin && size <= kReaderFontSizeMax ? size
                                                                          : kReaderFontSizeDefault;
}

void GuiSettings::setReaderFontSize(int pixels)
{
    if (pixels == kReaderFontSizeDefault)
        m_settings.remove(kReaderFontSize);
    else
        m_settings.setValue(kReaderFontSize, pixels);
}

QStringList GuiSettings::hiddenHighlightKinds() const
{
    QStringList kinds;
    const QStringList stored = m_settings.value(kHiddenKinds).toStringList();
    for (const SpanKind kind : highlightKinds()) {
        if (stored.contains(spanKindKey(kind)))
            kinds.append(spanKindKey(kind));
    }
    return kinds;
}

void GuiSettings::setHiddenHighlightKinds(const QStringList &kinds)
{
    if (kinds.isEmpty())
        m_settings.remove(kHiddenKinds);
    else
        m_settings.setValue(kHiddenKinds, kinds);
}

bool GuiSettings::backgroundIndexing() const
{
    return m_settings.value(kBackgroundIndexing, true).toBool();
}

void GuiSettings::setBackgroundIndexing(bool on)
{
    m_settings.setValue(kBackgroundIndexing, on);
}

qreal GuiSettings::zoom() const
{
    bool ok = false;
    const qreal zoom = m_settings.value(kZoom, 1.0).toReal(&ok);
    return ok && zoom > 0 ? zoom : 1.0;
}

void GuiSettings::setZoom(qreal zoom)
{
    m_settings.setValue(kZoom, zoom);
}

std::optional<ArticleId> GuiSettings::lastArticle() const
{
    if (!m_settings.contains(kLastArticle))
        return std::nullopt;
    return m_settings.value(kLastArticle).toLongLong();
}

void GuiSettings::setLastArticle(ArticleId id)
{
    m_settings.setValue(kLastArticle, id);
}

void GuiSettings::clearLastArticle()
{
    m_settings.remove(kLastArticle);
}

QString GuiSettings::amountsCurrency() const
{
    const QString code = m_settings.value(kAmountsCurrency).toString();
    // An ISO 4217 code or nothing; anything else was not written by us.
    const bool valid = code.size() == 3
            && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c.isUpper(); });
    return valid ? code : QString();
}

void GuiSettings::setAmountsCurrency(const QString &code)
{
    m_settings.setValue(kAmountsCurrency, code);
}

bool GuiSettings::amountsUseArticleRate() const
{
    return m_settings.value(kAmountsArticleRate, true).toBool();
}

void GuiSettings::setAmountsUseArticleRate(bool useArticleRate)
{
    m_settings.setValue(kAmountsArticleRate, useArticleRate);
}

QMap<QString, Decimal> GuiSettings::amountsUserRates() const
{
    return savedUserRates(m_settings);
}

void GuiSettings::setAmountsUserRate(const QString &pair, const std::optional<Decimal> &rate)
{
    if (rate)
        m_settings.setValue(kAmountsRates + u'/' + pair, rate->toString());
    else
        m_settings.remove(kAmountsRates + u'/' + pair);
}

void GuiSettings::setAmountsUserRates(const QMap<QString, Decimal> &rates)
{
    m_settings.remove(kAmountsRates);
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        m_settings.setValue(kAmountsRates + u'/' + it.key(), it.value().toString());
}

QString GuiSettings::noteColorName(NoteColor color) const
{
    const QString key = noteColorKey(color);
    const QString name = m_settings.value(u"notes/colorNames/"_s + key).toString().trimmed();
    return name.isEmpty() ? noteColorLabel(color) : name;
}

void GuiSettings::setNoteColorName(NoteColor color, const QString &name)
{
    const QString key = u"notes/colorNames/"_s + noteColorKey(color);
    if (name.trimmed().isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, name.trimmed());
}

NoteColor GuiSettings::defaultNoteColor() const
{
    return noteColorFromKey(m_settings.value(u"notes/defaultColor"_s).toString())
            .value_or(NoteColor::Yellow);
}

void GuiSettings::setDefaultNoteColor(NoteColor color)
{
    m_settings.setValue(u"notes/defaultColor"_s, noteColorKey(color));
}

} // namespace newsmark::gui

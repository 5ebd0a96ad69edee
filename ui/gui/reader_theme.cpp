#include "reader_theme.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

ReaderTheme resolveTheme(ThemeChoice choice, const QPalette &palette)
{
    switch (choice) {
    case ThemeChoice::Light: return ReaderTheme::Light;
    case ThemeChoice::Dark: return ReaderTheme::Dark;
    case ThemeChoice::System: break;
    }
    // Qt 6.4 has no colour-scheme hint yet; a dark window background is what a dark desktop is.
    return palette.color(QPalette::Window).lightness() < 128 ? ReaderTheme::Dark
                                                             : ReaderTheme::Light;
}

namespace {

QPalette makePalette(QColor window, QColor base, QColor alternate, QColor text, QColor muted,
                     QColor button, QColor highlight)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, muted);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Link, highlight.lighter(140));
    palette.setColor(QPalette::Light, button.lighter(130));
    palette.setColor(QPalette::Midlight, button.lighter(115));
    palette.setColor(QPalette::Mid, button.darker(130));
    palette.setColor(QPalette::Dark, button.darker(160));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, muted);
    return palette;
}

} // namespace

std::optional<QPalette> widgetPalette(ThemeChoice choice, const QPalette &desktop)
{
    const ReaderTheme wanted = resolveTheme(choice, desktop);
    if (choice == ThemeChoice::System || wanted == resolveTheme(ThemeChoice::System, desktop))
        return std::nullopt;
    // The dark colours are reader.css's, so list and page read as one surface.
    if (wanted == ReaderTheme::Dark)
        return makePalette(QColor(0x26, 0x27, 0x2b), QColor(0x1c, 0x1d, 0x20),
                           QColor(0x23, 0x24, 0x28), QColor(0xe6, 0xe4, 0xdf),
                           QColor(0xa0, 0x9d, 0x96), QColor(0x32, 0x33, 0x38),
                           QColor(0x2f, 0x6f, 0xb0));
    return makePalette(QColor(0xef, 0xef, 0xef), Qt::white, QColor(0xf7, 0xf7, 0xf7),
                       QColor(0x1f, 0x1f, 0x1f), QColor(0x6b, 0x6b, 0x6b), QColor(0xef, 0xef, 0xef),
                       QColor(0x30, 0x8c, 0xc6));
}

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light: return u"light"_s;
    case ThemeChoice::Dark: return u"dark"_s;
    case ThemeChoice::System: break;
    }
    return u"system"_s;
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace newsmark::gui

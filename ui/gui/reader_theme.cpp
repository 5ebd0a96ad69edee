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

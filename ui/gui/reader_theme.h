#pragma once

#include "render/reader_page.h"

#include <QPalette>
#include <QString>

#include <optional>

namespace newsmark::gui {

// What the user picked in View > Theme. System follows the desktop's palette.
enum class ThemeChoice { Light, Dark, System };

[[nodiscard]] ReaderTheme resolveTheme(ThemeChoice choice, const QPalette &palette);
// The palette for the window's widgets that goes with the reader theme when the user picked one
// that differs from the desktop's (a dark reader beside a light list is glaring); nothing when
// the desktop's palette already matches.
[[nodiscard]] std::optional<QPalette> widgetPalette(ThemeChoice choice, const QPalette &desktop);
[[nodiscard]] QString themeChoiceKey(ThemeChoice choice);
[[nodiscard]] ThemeChoice themeChoiceFromKey(const QString &key);

} // namespace newsmark::gui

package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fixedVariant is the default theme forced to light or dark, for the
// theme override in Settings.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color returns the default theme's colour for the forced variant.
func (t fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme applies a theme choice ("System", "Light" or "Dark"). With
// "System" the theme follows the desktop (or FYNE_THEME when set).
func applyTheme(a fyne.App, choice string) {
	switch choice {
	case "Light":
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	case "Dark":
		a.Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	default:
		a.Settings().SetTheme(theme.DefaultTheme())
	}
}

package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is the default theme with a focus ring that stands out, and
// optionally forced to light or dark (Settings ▸ Theme).
type appTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	forced  bool
}

// Color returns the default theme's colour for the variant; the focus
// colour is the primary colour, nearly opaque.
func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	if n == theme.ColorNameFocus {
		r, g, b, _ := t.Theme.Color(theme.ColorNamePrimary, v).RGBA()
		return color.NRGBA{R: uint8(r >> 8), G: uint8(g >> 8), B: uint8(b >> 8), A: focusAlpha}
	}
	return t.Theme.Color(n, v)
}

// Size makes input borders thicker, so a focused field's border shows.
func (t appTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInputBorder {
		return 2
	}
	return t.Theme.Size(n)
}

// focusAlpha is the focus ring's opacity: the default theme's is faint.
const focusAlpha = 0x99

// applyTheme applies a theme choice ("System", "Light" or "Dark"). With
// "System" the theme follows the desktop (or FYNE_THEME when set).
func applyTheme(a fyne.App, choice string) {
	t := appTheme{Theme: theme.DefaultTheme()}
	switch choice {
	case "Light":
		t.variant, t.forced = theme.VariantLight, true
	case "Dark":
		t.variant, t.forced = theme.VariantDark, true
	}
	a.Settings().SetTheme(t)
}

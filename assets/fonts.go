package assets

import _ "embed"

// DejaVuSans is DejaVu Sans Regular (TrueType), the PDF export's body font.
// Licence: fonts/DejaVuSans.LICENSE.txt (Bitstream Vera).
//
//go:embed fonts/DejaVuSans.ttf
var DejaVuSans []byte

// DejaVuSansBold is DejaVu Sans Bold (TrueType), for headings and labels.
// Licence: fonts/DejaVuSans.LICENSE.txt (Bitstream Vera).
//
//go:embed fonts/DejaVuSans-Bold.ttf
var DejaVuSansBold []byte

// DroidSansFallback is Droid Sans Fallback Full (TrueType), which covers
// Chinese, Japanese and Korean. Licence: fonts/DroidSansFallbackFull.LICENSE.txt
// (Apache-2.0).
//
//go:embed fonts/DroidSansFallbackFull.ttf
var DroidSansFallback []byte

// Package assets holds the data BriefDesk embeds: the icon, fonts and the
// gazetteer, each with its licence.
package assets

import _ "embed"

// Icon is the application icon (PNG, 512×512).
//
//go:embed icon.png
var Icon []byte

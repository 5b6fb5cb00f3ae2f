package assets

import "embed"

// Gazetteer holds the drafting engine's name lists: countries (generated from
// world-countries, ODbL-1.0, see gazetteer/LICENSE.md), organisations,
// places, titles, organisation words, first names and words that are never
// parties.
//
//go:embed gazetteer/*.tsv gazetteer/*.txt gazetteer/LICENSE.md
var Gazetteer embed.FS

package app

import (
	"os"

	"fyne.io/fyne/v2"
)

// Preference keys.
const (
	prefAuthor      = "author"
	prefMarking     = "defaultMarking"
	prefPaper       = "paper"
	prefTheme       = "theme"
	prefArchive     = "archivePath"
	prefWidth       = "window.width"
	prefHeight      = "window.height"
	prefSplitList   = "split.list"
	prefSplitSource = "split.source"
	prefShowSource  = "source.visible"
	prefExportDir   = "export.folder"
)

// Paper sizes offered for PDF export.
var paperSizes = []string{"a4", "letter"}

// Theme choices: "" follows the system.
var themeChoices = []string{"System", "Light", "Dark"}

// markingPresets are the common protective markings offered in the editor
// and in Settings; the marking stays free text.
var markingPresets = []string{"OFFICIAL", "OFFICIAL-SENSITIVE", "PROTECTED", "SECRET", "TOP SECRET",
	"UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL"}

// settings reads and writes the app's preferences with their defaults.
type settings struct{ p fyne.Preferences }

func (s settings) author() string  { return s.p.String(prefAuthor) }
func (s settings) marking() string { return s.p.StringWithFallback(prefMarking, "OFFICIAL") }
func (s settings) paper() string   { return s.p.StringWithFallback(prefPaper, "a4") }
func (s settings) theme() string   { return s.p.StringWithFallback(prefTheme, "System") }

// exportDir is the folder of the last export: the home folder at first.
func (s settings) exportDir() string {
	if dir := s.p.String(prefExportDir); dir != "" {
		return dir
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return "."
}

func (s settings) windowSize() fyne.Size {
	return fyne.NewSize(float32(s.p.FloatWithFallback(prefWidth, 1280)),
		float32(s.p.FloatWithFallback(prefHeight, 820)))
}

func (s settings) listSplit() float64   { return s.p.FloatWithFallback(prefSplitList, 0.23) }
func (s settings) sourceSplit() float64 { return s.p.FloatWithFallback(prefSplitSource, 0.6) }
func (s settings) showSource() bool     { return s.p.BoolWithFallback(prefShowSource, true) }

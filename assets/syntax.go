package assets

import _ "embed"

// SyntaxModel is the trained tagger, parser and lemmatiser of
// briefing/syntax, rebuilt by `make model` from UD English
// EWT. It is a derived work of that treebank: CC BY-SA 4.0, see
// syntax/LICENSE.md.
//
//go:embed syntax/model.bin
var SyntaxModel []byte

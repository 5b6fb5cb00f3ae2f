// Package deps pins modules that packages under construction will import.
package deps

import (
	_ "codeberg.org/go-pdf/fpdf"
	_ "github.com/kljensen/snowball"
	_ "github.com/neurosnap/sentences"
	_ "github.com/pdfcpu/pdfcpu/pkg/api"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/net/html"
	_ "golang.org/x/text/encoding/charmap"
	_ "golang.org/x/text/unicode/norm"
)

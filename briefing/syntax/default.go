package syntax

import (
	"sync"

	"github.com/briefdesk/briefdesk/assets"
)

// Default returns the embedded model, read once on first use and shared;
// a Model is safe for concurrent use.
func Default() (*Model, error) { return loadDefault() }

var loadDefault = sync.OnceValues(func() (*Model, error) {
	return ReadModel(assets.SyntaxModel)
})

//go:build !unix

package cputime

import "time"

// Used is not measured here: it is always zero, and benchmarks report
// wall-clock time only.
func Used() time.Duration { return 0 }

package cli

import "runtime/debug"

// limitMemory asks the garbage collector to keep the heap within the bound
// every command keeps to, 20 times its input plus 200 MB, by collecting
// sooner; it is a target, not a hard limit.
func limitMemory(inputBytes int) {
	debug.SetMemoryLimit(int64(inputBytes)*20 + 200<<20)
}

//go:build unix

package app

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used so far, which a
// loaded machine does not inflate as it does the wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

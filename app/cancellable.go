package app

import "sync/atomic"

// withCancel runs work in the background with the spinner and a Cancel
// button in the status bar, then done on the UI goroutine unless Cancel
// was pressed (then what was cancelled is said and the result dropped).
// work is given a function that reports Cancel, to stop before it writes
// anything.
func withCancel[T any](u *UI, msg, cancelledMsg string, work func(cancelled func() bool) (T, error), done func(T, error)) {
	var cancelled atomic.Bool
	u.status.start(msg)
	u.status.offer(msg, "Cancel", func() {
		cancelled.Store(true)
		u.status.stop()
		u.status.show(cancelledMsg)
	})
	inBackground(u, func() (T, error) { return work(cancelled.Load) }, func(v T, err error) {
		if cancelled.Load() {
			return
		}
		u.status.stop()
		done(v, err)
	})
}

package archive

import (
	"math/rand/v2"
	"strconv"
	"time"
)

// IDs are 16 lower-case hex digits: milliseconds since 1970 in the high 48
// bits and 16 random bits below, so that they sort by creation time and two
// machines saving in the same millisecond almost never pick the same ID.
const idLen = 16

// maxIDSkew is how far ahead of the clock (in milliseconds) the newest ID
// may be for a new one to follow it rather than start from the clock: a
// burst of saves in one millisecond, or a clock set back a little.
const maxIDSkew = 60_000

// validID reports whether id has the form of an archive ID.
func validID(id string) bool {
	if len(id) != idLen {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// newID returns an ID for a brief created at now that taken reports as
// unused. It sorts after last (the archive's highest ID, "" for none) when
// last is at most maxIDSkew ahead of the clock; an ID far in the future (a
// hand-edited or imported one) is skipped, never wrapped around.
func newID(now time.Time, last string, taken func(id string) bool) string {
	ms := uint64(max(now.UnixMilli(), 0)) & (1<<48 - 1)
	n := ms<<16 | uint64(rand.Uint32N(1<<16))
	if l, err := strconv.ParseUint(last, 16, 64); err == nil && validID(last) && l >= n && l>>16 < ms+maxIDSkew {
		n = l + 1 + uint64(rand.Uint32N(1<<8))
	}
	for try := uint64(0); taken(formatID(n)); try++ {
		n = (ms+try/16)<<16 | uint64(rand.Uint32N(1<<16))
	}
	return formatID(n)
}

func formatID(n uint64) string {
	const digits = "0123456789abcdef"
	var b [idLen]byte
	for i := idLen - 1; i >= 0; i-- {
		b[i] = digits[n&15]
		n >>= 4
	}
	return string(b[:])
}

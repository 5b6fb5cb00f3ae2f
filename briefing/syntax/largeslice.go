package syntax

import (
	"runtime"
	"unsafe"
)

// largeSlice returns a zeroed slice of n values for a model's weights and a
// function that gives its memory back, nil when the slice is an ordinary
// one the garbage collector frees. Where mapLarge can, the slice lies in
// memory mapped for it alone and backed by huge pages: the parser reads its
// weights at random places of some 40 MB, and with small pages nearly
// every read also misses the processor's cache of page addresses.
func largeSlice[T any](n int) ([]T, func()) {
	var zero T
	if b, free := mapLarge(int(unsafe.Sizeof(zero)) * n); b != nil {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n), free
	}
	return make([]T, n), nil
}

// freeWith gives back the memory of frees (see largeSlice) once w is
// garbage. Whatever reads w's slices keeps w alive until it is done
// (runtime.KeepAlive), as the slices themselves do not.
func freeWith(w *weights, frees ...func()) {
	var held []func()
	for _, f := range frees {
		if f != nil {
			held = append(held, f)
		}
	}
	if len(held) > 0 {
		runtime.AddCleanup(w, func(fs []func()) { freeAll(fs...) }, held)
	}
}

// freeAll calls every function of frees that is not nil.
func freeAll(frees ...func()) {
	for _, f := range frees {
		if f != nil {
			f()
		}
	}
}

package syntax

import "syscall"

// madvHugePage is MADV_HUGEPAGE, the same number on every Linux
// architecture.
const madvHugePage = 14

// hugePage is the size of a huge page on x86-64 and of the common arm64
// kernels; a larger one is a multiple of it.
const hugePage = 2 << 20

// mapLarge maps size bytes of zeroed memory of their own and asks the
// kernel to back them with huge pages (which it does when transparent huge
// pages are "always" or "madvise", the usual settings). It returns nil for
// a size under two huge pages, or when the memory cannot be mapped; the
// caller then allocates as usual.
func mapLarge(size int) ([]byte, func()) {
	if size < 2*hugePage {
		return nil, nil
	}
	size = (size + hugePage - 1) &^ (hugePage - 1)
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil, nil
	}
	_ = syscall.Madvise(b, madvHugePage) // without huge pages the memory works as well, only slower
	return b, func() { _ = syscall.Munmap(b) }
}

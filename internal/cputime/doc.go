// Package cputime tells benchmarks how much processor time the process
// has used, to report work done independently of how loaded the machine is.
package cputime

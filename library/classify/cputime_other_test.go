//go:build !unix

package classify

// processCPU is not measured here: the benchmarks report wall time only.
func processCPU() int64 { return 0 }

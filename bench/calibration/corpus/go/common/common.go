// Package common holds what the slow and the fixed variant of every Go pair
// share: deterministic records, unrelated CPU work (so the planted cause holds
// only part of the time), the size argument, and the CPU profile the program
// writes when CPUPROFILE names a file (runtime/pprof, the way Go users record).
package common

import (
	"fmt"
	"os"
	"runtime/pprof"
	"strconv"
)

type Record struct {
	ID   int
	Name string
	Sku  string
	Qty  int
}

func Records(n int) []Record {
	out := make([]Record, n)
	for i := range out {
		out[i] = Record{ID: i, Name: fmt.Sprintf("Item %d / Group %d", i, i%97), Sku: fmt.Sprintf("SKU-%d", (i*7919)%100003), Qty: i%13 + 1}
	}
	return out
}

// Checksum is CPU work unrelated to the bottleneck: FNV-1a over the text, 12 rounds.
func Checksum(text string) uint32 {
	h := uint32(0x811c9dc5)
	for round := 0; round < 12; round++ {
		for i := 0; i < len(text); i++ {
			h = (h ^ uint32(text[i])) * 16777619
		}
	}
	return h
}

// Size is the first argument, or def.
func Size(def int) int {
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			return n
		}
	}
	return def
}

// Profile starts the CPU profile when CPUPROFILE is set; call the result at the end.
func Profile() func() {
	path := os.Getenv("CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }
}

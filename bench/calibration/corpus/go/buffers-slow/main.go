// Planted: digest allocates a fresh 64 KiB scratch buffer on every call (reuse-buffers).
package main

import (
	"calib/common"
	"fmt"
)

//go:noinline
func digest(text string) uint32 {
	scratch := make([]byte, 64<<10)
	n := copy(scratch, text)
	h := uint32(2166136261)
	for _, c := range scratch[:n] {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

func main() {
	defer common.Profile()()
	acc := uint32(0)
	for _, it := range common.Records(common.Size(60000)) {
		acc ^= common.Checksum(it.Name) ^ digest(it.Name)
	}
	fmt.Println(acc)
}

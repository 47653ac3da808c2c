// Planted: renderCsv grows one string with += per cell, copying it every time: O(n²) (string-builder).
package main

import (
	"calib/common"
	"fmt"
	"strconv"
)

//go:noinline
func renderCsv(items []common.Record) string {
	out := ""
	for _, it := range items {
		out += strconv.Itoa(it.ID) + "," + it.Name + "," + it.Sku + "\n"
	}
	return out
}

func main() {
	defer common.Profile()()
	items := common.Records(common.Size(8000))
	acc := uint32(0)
	for _, it := range items {
		acc ^= common.Checksum(it.Name + it.Sku)
	}
	for pass := 0; pass < 3; pass++ {
		acc ^= uint32(len(renderCsv(items)))
	}
	fmt.Println(acc)
}

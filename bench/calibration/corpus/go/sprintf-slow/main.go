// Planted: label formats every line with fmt.Sprintf (reflection and an allocation per call) (string-builder).
package main

import (
	"calib/common"
	"fmt"
)

//go:noinline
func label(it common.Record) string {
	return fmt.Sprintf("%s#%d:%d", it.Sku, it.ID, it.Qty)
}

func main() {
	defer common.Profile()()
	acc := uint32(0)
	items := common.Records(common.Size(60000))
	for pass := 0; pass < 6; pass++ {
		for _, it := range items {
			acc += uint32(len(label(it)))
		}
	}
	for _, it := range items {
		acc ^= common.Checksum(it.Name)
	}
	fmt.Println(acc)
}

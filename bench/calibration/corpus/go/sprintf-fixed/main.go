// Fixed: the label is appended with strconv into one buffer.
package main

import (
	"calib/common"
	"fmt"
	"strconv"
)

//go:noinline
func label(it common.Record) string {
	b := make([]byte, 0, 32)
	b = append(b, it.Sku...)
	b = append(b, '#')
	b = strconv.AppendInt(b, int64(it.ID), 10)
	b = append(b, ':')
	b = strconv.AppendInt(b, int64(it.Qty), 10)
	return string(b)
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

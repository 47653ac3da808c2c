// Fixed: a strings.Builder appends in amortised constant time.
package main

import (
	"calib/common"
	"fmt"
	"strconv"
	"strings"
)

//go:noinline
func renderCsv(items []common.Record) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString(strconv.Itoa(it.ID))
		b.WriteByte(',')
		b.WriteString(it.Name)
		b.WriteByte(',')
		b.WriteString(it.Sku)
		b.WriteByte('\n')
	}
	return b.String()
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

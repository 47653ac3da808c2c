// Fixed: a map answers membership in constant time.
package main

import (
	"calib/common"
	"fmt"
)

//go:noinline
func uniqueSkus(items []common.Record) int {
	seen := make(map[string]struct{}, len(items))
	for _, it := range items {
		seen[it.Sku] = struct{}{}
	}
	return len(seen)
}

func main() {
	defer common.Profile()()
	items := common.Records(common.Size(12000))
	acc := uint32(0)
	for _, it := range items {
		acc ^= common.Checksum(it.Name + it.Name)
	}
	for pass := 0; pass < 3; pass++ {
		acc ^= uint32(uniqueSkus(items))
	}
	fmt.Println(acc)
}

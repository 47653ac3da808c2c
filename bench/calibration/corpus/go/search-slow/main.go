// Planted: uniqueSkus scans a slice for every item: O(n²) (better-algorithm).
package main

import (
	"calib/common"
	"fmt"
)

//go:noinline
func uniqueSkus(items []common.Record) int {
	seen := []string{}
	for _, it := range items {
		found := false
		for _, s := range seen {
			if s == it.Sku {
				found = true
				break
			}
		}
		if !found {
			seen = append(seen, it.Sku)
		}
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

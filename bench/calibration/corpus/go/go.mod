module calib

go 1.19

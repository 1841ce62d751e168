module example.com/generators

go 1.22

using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/DeepNvm.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(DeepNvm.Benchmarks.Repository).Assembly).Run(args);

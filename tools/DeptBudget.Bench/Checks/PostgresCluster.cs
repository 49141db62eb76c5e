using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DeptBudget.Bench.Checks;

/// <summary>
/// A throwaway PostgreSQL cluster: initdb into a new temporary directory, pg_ctl start on a free 127.0.0.1 port with
/// the socket in that directory; stopped and deleted on <see cref="Dispose"/>, also when starting fails and when the
/// process exits. PostgreSQL refuses to run as root, so as root every command runs as the user postgres through
/// <c>runuser -u postgres --</c> (the Debian package creates that user), after the directory is given to it.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>Server settings: durability off (the data is thrown away), memory for sorts and hashes as a DBA would give an analytic load.</summary>
    public const string Settings = "fsync=off, synchronous_commit=off, full_page_writes=off, shared_buffers=1GB, work_mem=256MB";

    private const string Root = "/usr/lib/postgresql";
    private readonly string bin;
    private readonly string directory;
    private readonly bool asPostgres;
    private bool started;
    private bool disposed;

    private PostgresCluster(string bin)
    {
        this.bin = bin;
        asPostgres = Environment.UserName == "root";
        directory = Path.Combine(Path.GetTempPath(), "deptbudget-pg-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    public string ConnectionString { get; private set; } = "";

    /// <summary>The temporary directory holding the cluster and its socket; gone after <see cref="Dispose"/>.</summary>
    public string Folder => directory;

    /// <summary>The newest PostgreSQL's bin directory under /usr/lib/postgresql, or null when PostgreSQL is not installed.</summary>
    public static string? FindBinaries() => !Directory.Exists(Root)
        ? null
        : Directory.GetDirectories(Root)
            .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")) && File.Exists(Path.Combine(d, "bin", "pg_ctl")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault();

    /// <summary>The message when the binaries are missing.</summary>
    public static string Missing => $"PostgreSQL is not installed (no initdb and pg_ctl under {Root}/*/bin): install the Debian package postgresql (apt-get install postgresql)";

    public static PostgresCluster Start()
    {
        var cluster = new PostgresCluster(FindBinaries() ?? throw new InvalidOperationException(Missing));
        try
        {
            cluster.Create();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        try
        {
            if (started)
            {
                Run(Path.Combine(bin, "pg_ctl"), "-D", Data, "-m", "fast", "-w", "stop");
            }
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private string Data => Path.Combine(directory, "data");

    private void Create()
    {
        Directory.CreateDirectory(directory);
        if (asPostgres)
        {
            Run("chown", "postgres:postgres", directory);
        }

        Run(Path.Combine(bin, "initdb"), "-D", Data, "-U", "bench", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8");
        var port = FreePort();
        var options = string.Join(' ', Settings.Split(", ").Select(s => "-c " + s));
        started = true;
        Run(Path.Combine(bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(directory, "server.log"), "-w",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {directory} {options}", "start");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=bench;Database=postgres;Pooling=false;Timeout=30;Command Timeout=0";
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres && program != "chown" ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && program != "chown")
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(directory, "server.log");
            var server = File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {output.Result}{error.Result}{server}");
        }
    }

    private void OnExit(object? sender, EventArgs e) => Dispose();
}

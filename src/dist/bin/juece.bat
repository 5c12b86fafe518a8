@echo off
rem juece @project.version@ - the launcher of the distribution on Windows (bin/juece on Linux and macOS).
rem
rem Needs only a Java 17 or later runtime: %JAVA_HOME%\bin\java.exe, else java.exe on the PATH; no
rem Maven, no checkout. Runs the checker with the JVM options of the repository's ./juece launcher for
rem short runs: the C1 compiler only and the serial collector. The first plain "check" (no --rules, no
rem profile file) also writes a class-data-sharing archive in %LOCALAPPDATA%\juece, and later runs
rem start from it (about 0.5 s sooner). A run never fails for the archive: without one it only starts
rem slower. Delete that folder to make it anew.
rem
rem The text report, rules, explain and messages print in the console's code page (936, GBK, on a
rem Chinese Windows); this script changes no code page. Report files (--output) and JSON, SARIF,
rem JUnit and CSV are UTF-8 wherever they go.
rem
rem   JUECE_JAVA_OPTS  extra JVM options; a collector named there replaces the serial one. For 30,000
rem                    dossiers or more, C2 and the parallel collector are faster:
rem                    set JUECE_JAVA_OPTS=-XX:TieredStopAtLevel=4 -XX:CICompilerCount=4 -XX:InlineSmallCode=500 -XX:MaxInlineSize=20 -XX:FreqInlineSize=100 -XX:+UseParallelGC
rem   JUECE_CDS=off    no archive: neither made nor used
setlocal EnableExtensions DisableDelayedExpansion

set "JUECE_VERSION=@project.version@"
for %%i in ("%~dp0..") do set "JUECE_HOME=%%~fi"

set "JAVA_EXE="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%i in (java.exe) do set "JAVA_EXE=%%~$PATH:i"
if not defined JAVA_EXE goto :no_java

rem the runtime's version, from its release file (no extra JVM start): refuses an old Java with a
rem clear message rather than a class-version error, and names the archive
for %%i in ("%JAVA_EXE%") do set "JAVA_BIN_DIR=%%~dpi"
for %%i in ("%JAVA_BIN_DIR%..") do set "JAVA_HOME_DIR=%%~fi"
set "JAVA_VER="
set "JAVA_RT="
if exist "%JAVA_HOME_DIR%\release" for /f "usebackq tokens=1,* delims==" %%a in ("%JAVA_HOME_DIR%\release") do (
  if "%%a"=="JAVA_VERSION" set "JAVA_VER=%%~b"
  if "%%a"=="JAVA_RUNTIME_VERSION" set "JAVA_RT=%%~b"
)
if not defined JAVA_VER goto :version_checked
set "JAVA_MAJOR=0"
for /f "tokens=1 delims=." %%v in ("%JAVA_VER%") do set /a "JAVA_MAJOR=%%v" 2>nul
if %JAVA_MAJOR% LSS 17 goto :old_java
:version_checked

set "GC=-XX:+UseSerialGC"
rem (a substitution on an unset variable misparses: the test waits for a set one)
if not defined JUECE_JAVA_OPTS goto :collector_chosen
set "USER_OPTS=%JUECE_JAVA_OPTS%"
if not "%USER_OPTS:GC=%"=="%USER_OPTS%" set "GC="
:collector_chosen
set "JIT=-XX:TieredStopAtLevel=1"
set "HEAP=-Xmx256m"
rem a long-running server (juece serve): every JIT tier, and room for the uploads it holds in memory
if /i "%~1"=="serve" (set "JIT=" & set "HEAP=-Xmx1g")
set "OPTS=%JIT% %GC% -XX:MaxTenuringThreshold=2 %HEAP% -Xss1m -Dfile.encoding=UTF-8"
set "CLASS_PATH=%JUECE_HOME%\lib\*"

rem the class-data-sharing archive: only for a runtime whose version its release file gives, since
rem a runtime updated in place would leave an archive it silently ignores; one per installation
if /i "%JUECE_CDS%"=="off" goto :run
if not defined LOCALAPPDATA goto :run
set "JAVA_ID=%JAVA_RT%"
if not defined JAVA_ID set "JAVA_ID=%JAVA_VER%"
if not defined JAVA_ID goto :run
set "PLACE=%JUECE_HOME%_%JAVA_HOME_DIR%"
set "PLACE=%PLACE:\=_%"
set "PLACE=%PLACE::=%"
set "PLACE=%PLACE: =_%"
set "PLACE=%PLACE:(=%"
set "PLACE=%PLACE:)=%"
set "PLACE=%PLACE:~-80%"
set "CACHE=%LOCALAPPDATA%\juece"
set "JSA=%CACHE%\%JUECE_VERSION%-%JAVA_ID%-%PLACE%.jsa"
if exist "%JSA%" goto :shared
if exist "%JSA%.failed" goto :run

rem A plain check may make the archive. Debian's JDK 17 crashes writing one after rules compiled at
rem run time (--rules, a profile's rules:), so those runs never make it; should a dossier's own
rem profile bring rules, the crash is silent, the run's exit code comes from the file juece leaves,
rem and a marker stops further tries.
if /i not "%~1"=="check" goto :run
set "PLAIN=yes"
:scan
if "%~1"=="" goto :scanned
set "ARG=%~1"
if /i "%ARG%"=="--rules" set "PLAIN=no"
if /i "%ARG:~0,8%"=="--rules=" set "PLAIN=no"
if /i "%ARG%"=="--profile" if exist "%~2" set "PLAIN=no"
if /i "%ARG:~0,10%"=="--profile=" if exist "%ARG:~10%" set "PLAIN=no"
shift
goto :scan
:scanned
if "%PLAIN%"=="no" goto :run
if not exist "%CACHE%\" mkdir "%CACHE%" >nul 2>&1
if not exist "%CACHE%\" goto :run

set "TMP_JSA=%JSA%.%RANDOM%.tmp"
set "CODE_FILE=%JSA%.%RANDOM%.exit"
"%JAVA_EXE%" %OPTS% "-XX:ArchiveClassesAtExit=%TMP_JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+SuppressFatalErrorMessage -XX:-CreateCoredumpOnCrash "-Djuece.exit-code-file=%CODE_FILE%" %JUECE_JAVA_OPTS% -cp "%CLASS_PATH%" juece.cli.Main %*
set "STATUS=%ERRORLEVEL%"
set "CODE="
if exist "%CODE_FILE%" set /p CODE=<"%CODE_FILE%"
if exist "%CODE_FILE%" del /f /q "%CODE_FILE%" >nul 2>&1
for %%c in (0 1 2 3) do if "%CODE%"=="%%c" set "STATUS=%%c"
rem kept only from a check that ran to its end (0 or 1): a mistyped option (2) teaches the archive
rem little, and the next run tries again
if not "%STATUS%"=="0" if not "%STATUS%"=="1" goto :dump_done
set "SIZE=0"
if exist "%TMP_JSA%" for %%f in ("%TMP_JSA%") do set "SIZE=%%~zf"
if "%SIZE%"=="0" goto :dump_failed
move /y "%TMP_JSA%" "%JSA%" >nul 2>&1
if not exist "%JSA%" type nul >"%JSA%.failed" 2>nul
goto :dump_done
:dump_failed
type nul >"%JSA%.failed" 2>nul
:dump_done
if exist "%TMP_JSA%" del /f /q "%TMP_JSA%" >nul 2>&1
exit /b %STATUS%

:shared
rem a stale or foreign archive is ignored silently (-Xshare:auto) and the run is only slower
"%JAVA_EXE%" %OPTS% "-XX:SharedArchiveFile=%JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off %JUECE_JAVA_OPTS% -cp "%CLASS_PATH%" juece.cli.Main %*
exit /b %ERRORLEVEL%

:run
"%JAVA_EXE%" %OPTS% %JUECE_JAVA_OPTS% -cp "%CLASS_PATH%" juece.cli.Main %*
exit /b %ERRORLEVEL%

:no_java
echo juece: needs Java 17 or later: no java.exe on the PATH, and JAVA_HOME is not set 1>&2
exit /b 3

:old_java
echo juece: needs Java 17 or later; %JAVA_EXE% is Java %JAVA_VER% (set JAVA_HOME to a newer one) 1>&2
exit /b 3

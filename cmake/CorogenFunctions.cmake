#[=======================================================================[.rst:
CorogenFunctions
----------------

Defines ``corogen_target_sources`` (SPEC §7). Included by corogen's own
``CMakeLists.txt`` (``add_subdirectory``) and by ``corogen-config.cmake``
(``find_package(corogen CONFIG)``); both provide the tool as
``corogen::corogen`` and the runtime as ``corogen::runtime``.

::

  corogen_target_sources(<target> [PRIVATE|PUBLIC|INTERFACE] <file>... ...)

For each annotated ``<file>`` (relative paths are resolved against
``CMAKE_CURRENT_SOURCE_DIR``) a build rule runs::

  corogen <file> -o <out> -MD -MF <out>.d -- <flags>

where ``<out>`` is ``${CMAKE_CURRENT_BINARY_DIR}/corogen/<dir>/<stem>.gen<ext>``
(``<dir>`` is the file's directory relative to ``CMAKE_CURRENT_SOURCE_DIR``, so
equal file names in different directories do not collide) and ``<flags>`` are
the target's ``-std=c++NN``, include directories, compile definitions and
compile options. ``<out>`` is added to the target's sources with the given
scope (default ``PRIVATE``) and the target links ``corogen::runtime``. The
depfile makes the rule re-run when the file or anything it includes changes.
Options inside ``$<COMPILE_LANGUAGE:...>`` are not passed: a custom command
has no language, so CMake evaluates them as empty.

Call it in the directory that created ``<target>``: only targets of that
directory see the rule that generates ``<out>``.
#]=======================================================================]

include_guard(GLOBAL)

if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR
    "corogen_target_sources needs CMake 3.20 or newer (DEPFILE support for "
    "every generator); this is CMake ${CMAKE_VERSION}")
endif()

# A function keeps the policy settings in effect where it is defined, so a
# caller whose cmake_minimum_required is older still gets CMP0116 NEW (depfile
# paths relative to the current binary directory).
cmake_policy(PUSH)
cmake_policy(VERSION 3.20)

# Sets <OutVar> to the generated file for the absolute annotated path <Input>.
function(_corogen_output_path Input OutVar)
  file(RELATIVE_PATH Rel "${CMAKE_CURRENT_SOURCE_DIR}" "${Input}")
  # A file outside the source directory ("../x.cpp") must still land inside
  # the corogen/ output directory.
  string(REPLACE "../" "__/" Rel "${Rel}")
  get_filename_component(Dir "${Rel}" DIRECTORY)
  get_filename_component(Stem "${Rel}" NAME_WLE)
  get_filename_component(Ext "${Rel}" LAST_EXT)
  set(Out "${CMAKE_CURRENT_BINARY_DIR}/corogen")
  if(Dir)
    string(APPEND Out "/${Dir}")
  endif()
  set(${OutVar} "${Out}/${Stem}.gen${Ext}" PARENT_SCOPE)
endfunction()

function(corogen_target_sources Target)
  if(NOT TARGET ${Target})
    message(FATAL_ERROR "corogen_target_sources: '${Target}' is not a target")
  endif()
  if(NOT TARGET corogen::corogen)
    message(FATAL_ERROR
      "corogen_target_sources: the corogen tool (corogen::corogen) is not "
      "available; build corogen with COROGEN_BUILD_TOOL=ON")
  endif()
  get_target_property(TargetDir ${Target} SOURCE_DIR)
  if(NOT TargetDir STREQUAL CMAKE_CURRENT_SOURCE_DIR)
    message(FATAL_ERROR
      "corogen_target_sources: call it in ${TargetDir}, the directory that "
      "created '${Target}'")
  endif()

  # Flags the annotated files are parsed with, evaluated at generate time so
  # that properties set after this call count too.
  set(TargetStd "$<TARGET_PROPERTY:${Target},CXX_STANDARD>")
  set(DefaultStd 17)
  if(CMAKE_CXX_STANDARD)
    set(DefaultStd ${CMAKE_CXX_STANDARD})
  endif()
  set(StdFlag "-std=c++$<IF:$<BOOL:${TargetStd}>,${TargetStd},${DefaultStd}>")
  # Evaluated on the target, INCLUDE_DIRECTORIES, COMPILE_DEFINITIONS and
  # COMPILE_OPTIONS include the usage requirements of everything it links,
  # corogen::runtime among them.
  set(Includes "$<TARGET_PROPERTY:${Target},INCLUDE_DIRECTORIES>")
  set(Definitions "$<TARGET_PROPERTY:${Target},COMPILE_DEFINITIONS>")
  set(Options "$<TARGET_PROPERTY:${Target},COMPILE_OPTIONS>")
  set(IncludeFlags "$<$<BOOL:${Includes}>:-I$<JOIN:${Includes},;-I>>")
  set(DefineFlags "$<$<BOOL:${Definitions}>:-D$<JOIN:${Definitions},;-D>>")

  set(Scope PRIVATE)
  set(Scopes "")
  foreach(Arg IN LISTS ARGN)
    if(Arg MATCHES "^(PRIVATE|PUBLIC|INTERFACE)$")
      set(Scope ${Arg})
      continue()
    endif()
    get_filename_component(Input "${Arg}" ABSOLUTE
      BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    _corogen_output_path("${Input}" Output)
    get_filename_component(OutputDir "${Output}" DIRECTORY)
    get_filename_component(InputDir "${Input}" DIRECTORY)
    file(RELATIVE_PATH InputRel "${CMAKE_CURRENT_SOURCE_DIR}" "${Input}")
    file(MAKE_DIRECTORY "${OutputDir}")

    # The quoted arguments keep each generator expression whole; after
    # evaluation COMMAND_EXPAND_LISTS splits the lists into arguments.
    add_custom_command(
      OUTPUT "${Output}"
      COMMAND "$<TARGET_FILE:corogen::corogen>" "${Input}"
              -o "${Output}" -MD -MF "${Output}.d"
              -- "${StdFlag}" "${IncludeFlags}" "${DefineFlags}"
                 "${Options}"
      DEPENDS "${Input}" corogen::corogen
      DEPFILE "${Output}.d"
      COMMENT "corogen: transforming ${InputRel}"
      COMMAND_EXPAND_LISTS
      VERBATIM)
    # The output keeps the input's #include "..." lines but lives in the
    # build tree; -iquote finds what the input's own directory would.
    set_source_files_properties("${Output}" PROPERTIES
      GENERATED TRUE
      COMPILE_OPTIONS "-iquote${InputDir}")
    target_sources(${Target} ${Scope} "${Output}")
    list(APPEND Scopes ${Scope})
  endforeach()

  # Properties rather than target_link_libraries, which would fail on a target
  # that already used its plain (keyword-less) signature.
  if("PRIVATE" IN_LIST Scopes OR "PUBLIC" IN_LIST Scopes)
    set_property(TARGET ${Target} APPEND PROPERTY
      LINK_LIBRARIES corogen::runtime)
  endif()
  if("PUBLIC" IN_LIST Scopes OR "INTERFACE" IN_LIST Scopes)
    set_property(TARGET ${Target} APPEND PROPERTY
      INTERFACE_LINK_LIBRARIES corogen::runtime)
  endif()
endfunction()

cmake_policy(POP)
